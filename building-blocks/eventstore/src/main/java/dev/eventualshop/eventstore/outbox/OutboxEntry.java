package dev.eventualshop.eventstore.outbox;

import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One unsent {@code commands} row with the events it appended, in stream and version order, and the commands it
 * sends to other contexts, in the order it sent them.
 */
public record OutboxEntry(long position, UUID commandId, String commandType, String issuer, UUID correlationId,
                          UUID causationId, String traceparent, CommandOutcome outcome, Instant processedAt,
                          List<StoredEvent> events, List<StoredCommand> sends) {

    public OutboxEntry {
        events = List.copyOf(events);
        sends = List.copyOf(sends);
    }
}
