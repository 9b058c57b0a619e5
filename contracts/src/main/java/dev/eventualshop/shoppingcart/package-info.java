/** The Shopping Cart context's message registry: command and domain event type names, its stream type. */
package dev.eventualshop.shoppingcart;
