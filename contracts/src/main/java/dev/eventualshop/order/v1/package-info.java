/** Order's integration events: the public contract other contexts consume from {@code order.events}. */
package dev.eventualshop.order.v1;
