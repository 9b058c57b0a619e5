/** The Payment context's domain events, read only by its own command and query services. */
package dev.eventualshop.payment.internal;
