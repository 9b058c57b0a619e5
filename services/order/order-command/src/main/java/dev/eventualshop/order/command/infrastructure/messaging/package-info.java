/** Order's mapping to its public {@code order.v1} events. */
package dev.eventualshop.order.command.infrastructure.messaging;
