/** Reads of a customer's carts, priced at the price table's current prices. */
package dev.eventualshop.shoppingcart.query.application;
