package dev.eventualshop.eventstore.snapshot;

import dev.eventualshop.eventstore.StreamRef;
import dev.eventualshop.eventstore.pipeline.SnapshotPolicy;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads and saves the latest snapshot of a stream. A snapshot is only a cache: one of another state revision,
 * or one that fails to load, is ignored (and the stream replayed from its first event).
 */
public class SnapshotStore {

    private static final Logger log = LoggerFactory.getLogger(SnapshotStore.class);

    private final EntityManager entityManager;
    private final StateCodec codec;

    public SnapshotStore(EntityManager entityManager, JsonMapper mapper) {
        this.entityManager = entityManager;
        this.codec = new StateCodec(mapper);
    }

    /** The stream's snapshot if there is a usable one. Call inside a transaction. */
    public <S> Optional<Snapshot<S>> load(StreamRef stream, SnapshotPolicy<S> policy) {
        SnapshotEntity entity = entityManager.find(SnapshotEntity.class, key(stream));
        if (entity == null) {
            return Optional.empty();
        }
        if (entity.stateRevision() != policy.stateRevision()) {
            log.debug("Ignoring snapshot of {} at state revision {}; the code is at {}", stream,
                    entity.stateRevision(), policy.stateRevision());
            return Optional.empty();
        }
        try {
            return Optional.of(new Snapshot<>(entity.version(), codec.read(entity.state(), policy.stateType())));
        } catch (RuntimeException unreadable) {
            log.warn("Ignoring unreadable snapshot of {} at version {}: {}", stream, entity.version(),
                    unreadable.toString());
            return Optional.empty();
        }
    }

    /** Stores {@code state} as the stream's snapshot unless a newer one is stored. Call inside a transaction. */
    public <S> void save(StreamRef stream, Snapshot<S> snapshot, SnapshotPolicy<S> policy, Instant takenAt) {
        SnapshotEntity entity = entityManager.find(SnapshotEntity.class, key(stream));
        boolean isNew = entity == null;
        if (isNew) {
            entity = new SnapshotEntity(key(stream));
        } else if (entity.version() >= snapshot.version() && entity.stateRevision() == policy.stateRevision()) {
            return;
        }
        entity.update(snapshot.version(), policy.stateRevision(),
                codec.write(snapshot.state(), policy.stateType()), takenAt);
        if (isNew) {
            entityManager.persist(entity);
        }
    }

    private static SnapshotEntity.Key key(StreamRef stream) {
        return new SnapshotEntity.Key(stream.type(), stream.id());
    }
}
