/** The Order context's domain events, read only by its own command and query services. */
package dev.eventualshop.order.internal;
