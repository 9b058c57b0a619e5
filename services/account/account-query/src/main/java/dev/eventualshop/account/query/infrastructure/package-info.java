/** Account query's wiring: message types, the projection's queue, the queries. */
package dev.eventualshop.account.query.infrastructure;
