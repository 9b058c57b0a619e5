/** Shopping Cart's wiring: the aggregate, its active-cart claim, its message types, pricing and the price feed. */
package dev.eventualshop.shoppingcart.command.infrastructure;
