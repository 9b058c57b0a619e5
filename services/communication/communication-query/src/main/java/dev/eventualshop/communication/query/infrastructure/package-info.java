/** The wiring of the notifications read model to the building blocks: its queue, its store, its queries. */
package dev.eventualshop.communication.query.infrastructure;
