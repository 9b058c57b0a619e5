package dev.eventualshop.eventstore.outbox;

import dev.eventualshop.eventstore.StreamRef;
import java.time.Instant;
import java.util.UUID;

/**
 * An event as the relay publishes it: the stored JSON under its type name and revision (published as is,
 * never re-serialized), and the current record for mapping it to integration events.
 */
public record StoredEvent(StreamRef stream, long version, UUID eventId, String type, int revision, String json,
                          Object payload, Instant occurredAt) {
}
