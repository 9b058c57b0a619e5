package dev.eventualshop.eventstore.deadline;

import java.time.Instant;
import java.util.UUID;

/** A deadline whose time has come: the stored command to send, with the ids it correlates with. */
public record DueDeadline(UUID deadlineId, Instant dueAt, String commandType, int revision, String payload,
                          UUID scheduledBy, UUID correlationId) {
}
