package dev.eventualshop.eventstore.pipeline;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A durable timer derived from an event: schedule {@code command} to be sent at {@code dueAt}, or cancel a
 * scheduled one. The deadline id becomes the command id when it fires, so it fires once in effect; derive it
 * from domain ids (UUIDv5) so that scheduling again replaces rather than duplicates.
 */
public sealed interface DeadlineChange {

    UUID deadlineId();

    record Schedule(UUID deadlineId, Instant dueAt, Object command) implements DeadlineChange {
        public Schedule {
            Objects.requireNonNull(deadlineId, "deadlineId");
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(command, "command");
        }
    }

    record Cancel(UUID deadlineId) implements DeadlineChange {
        public Cancel {
            Objects.requireNonNull(deadlineId, "deadlineId");
        }
    }

    static Schedule schedule(UUID deadlineId, Instant dueAt, Object command) {
        return new Schedule(deadlineId, dueAt, command);
    }

    static Cancel cancel(UUID deadlineId) {
        return new Cancel(deadlineId);
    }
}
