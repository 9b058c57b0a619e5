/** The wiring of the payments read model to the building blocks: queue, store, queries. */
package dev.eventualshop.payment.query.infrastructure;
