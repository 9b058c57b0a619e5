/** Shopping Cart's integration events, version 1: the contract other contexts consume from {@code shoppingcart.events}. */
package dev.eventualshop.shoppingcart.v1;
