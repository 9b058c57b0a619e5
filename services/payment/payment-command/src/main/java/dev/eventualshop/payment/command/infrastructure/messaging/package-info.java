/** Payment's mapping from its domain events to its public {@code payment.v1} events. */
package dev.eventualshop.payment.command.infrastructure.messaging;
