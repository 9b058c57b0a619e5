/** Payment's integration events: the public contract other contexts consume from {@code payment.events}. */
package dev.eventualshop.payment.v1;
