/** The queue on {@code catalog.events} that keeps the price list current. */
package dev.eventualshop.shoppingcart.command.infrastructure.messaging;
