/** Shopping Cart's query service: the carts read model, its price table and {@code GET /api/v1/carts/...}. */
package dev.eventualshop.shoppingcart.query;
