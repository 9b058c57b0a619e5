/** The outbox side of the {@code commands} table: what the relay reads, marks sent and leases. */
package dev.eventualshop.eventstore.outbox;
