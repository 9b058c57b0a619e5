package dev.eventualshop.projection;

import java.util.List;
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

    /**
     * The signed-in user's own documents of a view with one document per item they own ({@code /notifications},
     * {@code /orders}): the documents with a view that list {@code userId} among their owners, sorted by the
     * view's field {@code sortField} (ties by document id, so pages are stable), at most {@code limit} of them.
     * Anything that is not a user id (a canonical UUID) finds nothing.
     *
     * @param sortField  a top-level field of the view; it must sort correctly in the store, so an instant is
     *                   sorted by a numeric field (epoch milliseconds), not by its ISO-8601 text, whose fraction
     *                   digits vary
     * @param descending newest (greatest) first when {@code true}
     * @param limit      1 to {@value #MAX_LIST_LIMIT}
     */
    default <V> List<ProjectionDocument<V>> listOwn(Projection<V> projection, String userId, String sortField,
                                                   boolean descending, int limit) {
        requireListable(sortField, limit);
        return isUserId(userId) ? list(projection, userId, sortField, descending, limit) : List.of();
    }

    /** The most documents {@link #listOwn} returns at once. */
    int MAX_LIST_LIMIT = 1_000;

    /**
     * {@link #listOwn} without the user id check, for a store to implement: the documents that have a view and
     * list {@code owner} among their owners, sorted by the view's {@code sortField} then by id.
     */
    <V> List<ProjectionDocument<V>> list(Projection<V> projection, String owner, String sortField,
                                         boolean descending, int limit);

    private static void requireListable(String sortField, int limit) {
        // A plain name: no path, no operator, nothing a store would read as more than a field name.
        if (sortField == null || !sortField.matches("[A-Za-z][A-Za-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("sort by a top-level field of the view, not " + sortField);
        }
        if (limit < 1 || limit > MAX_LIST_LIMIT) {
            throw new IllegalArgumentException("list 1 to " + MAX_LIST_LIMIT + " documents, not " + limit);
        }
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

    /**
     * Every document of a view that has one, for views read by role rather than by owner (an ADMIN's stock
     * list): sorted by the view's field {@code sortField}, then by document id, at most {@code limit}, with the
     * same rules for {@code sortField} and {@code limit} as {@link #listOwn}. A store implements it by
     * {@link #listEvery}, which this checks the arguments for (as {@link #listOwn} does for {@link #list}).
     */
    default <V> List<ProjectionDocument<V>> listAll(Projection<V> projection, String sortField, boolean descending,
                                                   int limit) {
        requireListable(sortField, limit);
        return listEvery(projection, sortField, descending, limit);
    }

    /** {@link #listAll} for a store to implement: the documents that have a view, sorted by the view's field, then id. */
    <V> List<ProjectionDocument<V>> listEvery(Projection<V> projection, String sortField, boolean descending,
                                              int limit);

    /**
     * A page of a public view's documents (the catalog, say): those with a view that match {@code search}, with
     * how many match in all. The search's text is matched literally, never read as a pattern or an operator.
     */
    <V> ProjectionPage<V> search(Projection<V> projection, ProjectionSearch search);

    /**
     * The signed-in user's own document of a view with one document per item they own, picked by a field of
     * its view ({@code /carts/current}: the cart whose {@code status} is {@code ACTIVE}): a document with a view
     * that lists {@code userId} among its owners and whose view's top-level field {@code field} is the text
     * {@code value}; the first by id if several are. Anything that is not a user id (a canonical UUID) finds
     * nothing.
     *
     * @param field a top-level field of the view, a plain name
     */
    default <V> Optional<ProjectionDocument<V>> findOwnBy(Projection<V> projection, String userId, String field,
                                                          String value) {
        requireListable(field, 1);
        if (value == null || !isUserId(userId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(findBy(projection, userId, field, value));
    }

    /**
     * {@link #findOwnBy} without the user id check, for a store to implement: the first by id of the documents
     * that have a view, list {@code owner} among their owners and whose view's {@code field} is {@code value};
     * {@code null} when none is.
     */
    <V> ProjectionDocument<V> findBy(Projection<V> projection, String owner, String field, String value);
}
