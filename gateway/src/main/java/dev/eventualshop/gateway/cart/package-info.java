/** API.md's cart commands for a CUSTOMER, published to {@code shoppingcart.commands}. */
package dev.eventualshop.gateway.cart;
