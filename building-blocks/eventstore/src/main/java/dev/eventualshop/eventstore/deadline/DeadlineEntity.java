package dev.eventualshop.eventstore.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A scheduled command, as a row of {@code deadlines}; the row is deleted once the command has been handled. */
@Entity
@Table(name = "deadlines")
class DeadlineEntity {

    @Id
    @Column(name = "deadline_id")
    private UUID deadlineId;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "command_type", nullable = false)
    private String commandType;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "payload", nullable = false)
    private String payload;

    @Column(name = "scheduled_by", nullable = false)
    private UUID scheduledBy;

    @Column(name = "correlation_id", nullable = false)
    private UUID correlationId;

    protected DeadlineEntity() {
    }

    DeadlineEntity(UUID deadlineId) {
        this.deadlineId = deadlineId;
    }

    void schedule(Instant dueAt, String commandType, int revision, String payload, UUID scheduledBy,
                  UUID correlationId) {
        this.dueAt = dueAt;
        this.commandType = commandType;
        this.revision = revision;
        this.payload = payload;
        this.scheduledBy = scheduledBy;
        this.correlationId = correlationId;
    }

    DueDeadline toDue() {
        return new DueDeadline(deadlineId, dueAt, commandType, revision, payload, scheduledBy, correlationId);
    }
}
