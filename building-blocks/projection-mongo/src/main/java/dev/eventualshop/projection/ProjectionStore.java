package dev.eventualshop.projection;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a projection's documents and its early events live. Every write is conditional on the revision the
 * writer read, so concurrent writers never lose each other's updates: the loser reads again and decides again.
 */
public interface ProjectionStore {

    /** The document, or {@code null} when there is none yet. */
    <V> ProjectionDocument<V> find(Projection<V> projection, String id);

    /**
     * The signed-in user's own document of a view keyed by user id ({@code /me}, {@code /account}): the
     * document {@code userId} if it has a view and {@code userId} is one of its owners. Someone else's document
     * is as absent as a missing one, and anything that is not a user id (a canonical UUID) finds nothing.
     */
    default <V> Optional<ProjectionDocument<V>> findOwn(Projection<V> projection, String userId) {
        if (!isUserId(userId)) {
            return Optional.empty();
        }
        ProjectionDocument<V> document = find(projection, userId);
        return document == null || document.view() == null || !document.owners().contains(userId)
                ? Optional.empty() : Optional.of(document);
    }

    private static boolean isUserId(String subject) {
        if (subject == null || subject.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(subject).toString().equals(subject);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }

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
