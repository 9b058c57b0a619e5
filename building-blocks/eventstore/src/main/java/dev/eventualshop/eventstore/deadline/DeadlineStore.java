package dev.eventualshop.eventstore.deadline;

import dev.eventualshop.eventstore.MessageCodec;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Stores deadlines and finds the due ones. Every method runs inside the caller's transaction. */
public class DeadlineStore {

    private final EntityManager entityManager;

    public DeadlineStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Schedules {@code command}, replacing a deadline of the same id. */
    public void schedule(UUID deadlineId, Instant dueAt, MessageCodec.Serialized command, UUID scheduledBy,
                         UUID correlationId) {
        DeadlineEntity entity = entityManager.find(DeadlineEntity.class, deadlineId);
        boolean isNew = entity == null;
        if (isNew) {
            entity = new DeadlineEntity(deadlineId);
        }
        entity.schedule(dueAt, command.type(), command.revision(), command.json(), scheduledBy, correlationId);
        if (isNew) {
            entityManager.persist(entity);
        }
    }

    public void cancel(UUID deadlineId) {
        DeadlineEntity entity = entityManager.find(DeadlineEntity.class, deadlineId);
        if (entity != null) {
            entityManager.remove(entity);
        }
    }

    /** Up to {@code limit} deadlines due at {@code now}, earliest first. */
    public List<DueDeadline> due(Instant now, int limit) {
        return entityManager.createQuery(
                        "select d from DeadlineEntity d where d.dueAt <= :now order by d.dueAt", DeadlineEntity.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultStream()
                .map(DeadlineEntity::toDue)
                .toList();
    }

    /** Forgets a deadline whose command has been handled. */
    public void delete(UUID deadlineId) {
        cancel(deadlineId);
    }
}
