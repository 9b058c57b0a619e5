/** Shopping Cart's command service: customers' carts, priced from the catalog, one active cart per customer. */
package dev.eventualshop.shoppingcart.command;
