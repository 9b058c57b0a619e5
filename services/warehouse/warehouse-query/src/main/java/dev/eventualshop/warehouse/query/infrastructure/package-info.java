/** The wiring of the stock read model to the building blocks: its queue, its store, its queries. */
package dev.eventualshop.warehouse.query.infrastructure;
