/** RFC 9457 problem details for every error a client can see, and never a stack trace. */
package dev.eventualshop.web.problem;
