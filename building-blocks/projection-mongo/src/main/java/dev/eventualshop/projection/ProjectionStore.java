package dev.eventualshop.projection;

import java.util.Optional;

/**
 * Where a projection's documents and its early events live. Every write is conditional on the revision the
 * writer read, so concurrent writers never lose each other's updates: the loser reads again and decides again.
 */
public interface ProjectionStore {

    /** The document, or {@code null} when there is none yet. */
    <V> ProjectionDocument<V> find(Projection<V> projection, String id);

    /**
     * Writes {@code next} if the stored document is still at {@code expectedRevision} (0: none exists yet).
     *
     * @return {@code false} when someone else wrote first (or created the document concurrently)
     */
    <V> boolean write(Projection<V> projection, ProjectionDocument<V> next, long expectedRevision);

    /** Keeps an own event that arrived before its predecessors until they are applied (idempotent). */
    void hold(Projection<?> projection, String id, Delivery early);

    /** The held event of document {@code id} at {@code version}, if one waits. */
    Optional<Delivery> held(Projection<?> projection, String id, long version);

    /** Forgets the held events of document {@code id} up to {@code version}: they are applied. */
    void release(Projection<?> projection, String id, long version);
}
