/** The wiring of the orders read model to the building blocks: queue, store, queries. */
package dev.eventualshop.order.query.infrastructure;
