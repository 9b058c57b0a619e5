/** The wiring of the carts read model and the price table to the building blocks: queues, store, queries. */
package dev.eventualshop.shoppingcart.query.infrastructure;
