/** The Shopping Cart context's commands, as the gateway publishes them to {@code shoppingcart.commands}. */
package dev.eventualshop.shoppingcart.commands;
