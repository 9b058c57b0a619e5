/** The wiring of the items read model to the building blocks: its queues, its store, its queries. */
package dev.eventualshop.catalog.query.infrastructure;
