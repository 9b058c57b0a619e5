/** Order's wiring: the aggregate, its message types and the reaction to Shopping Cart's checkouts. */
package dev.eventualshop.order.command.infrastructure;
