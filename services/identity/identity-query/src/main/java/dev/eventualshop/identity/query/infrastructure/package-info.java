/** Wiring of identity-query: its message types, its projection and the queue that feeds it. */
package dev.eventualshop.identity.query.infrastructure;
