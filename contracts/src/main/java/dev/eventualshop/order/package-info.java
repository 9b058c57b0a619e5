/** The Order context's message registry and the value types its commands and events share. */
package dev.eventualshop.order;
