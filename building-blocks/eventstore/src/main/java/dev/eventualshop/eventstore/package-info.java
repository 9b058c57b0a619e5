/** The event store: streams of events appended with optimistic concurrency, read back through upcasters. */
package dev.eventualshop.eventstore;
