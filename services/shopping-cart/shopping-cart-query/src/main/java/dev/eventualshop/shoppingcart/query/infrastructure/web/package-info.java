/** {@code GET /api/v1/carts/current} and {@code GET /api/v1/carts/{cartId}} and the bearer-token security around them. */
package dev.eventualshop.shoppingcart.query.infrastructure.web;
