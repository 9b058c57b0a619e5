package dev.eventualshop.projection;

import java.util.Set;

/**
 * A read model folded from events, one document per id. A projection is pure: it says which events it takes,
 * which document each belongs to, how an event changes the document's view and who may read it. The
 * {@link ProjectionRunner} does the rest: ordering, deduplication, storage and update notifications.
 *
 * <p>Two kinds of event feed a projection:
 * <ul>
 *   <li>its own context's domain events, of the aggregates of {@link #streamType()}: one document per stream,
 *       every event of the stream applied strictly in version order (an event the view does not care about
 *       still advances the document, so {@code evolve} returns the view unchanged for it);</li>
 *   <li>integration events of other contexts ({@link #integrationEvents()}): deduplicated by message id and
 *       applied only when newer than what the document has seen of their source stream, in any document
 *       {@link #idOf(Object)} names.</li>
 * </ul>
 *
 * @param <V> the view: a record (or any type Jackson round-trips) stored as the document's {@code view}
 */
public interface Projection<V> {

    /** The view's name, e.g. {@code giftcard.Balance}: names its collection and its update notifications. */
    String view();

    Class<V> viewType();

    /**
     * The stream type of this context's aggregates whose events build the documents, e.g.
     * {@code giftcard.GiftCard}; {@code null} for a projection fed by integration events only.
     */
    default String streamType() {
        return null;
    }

    /**
     * The document a stream of {@link #streamType()} builds: by default the stream id. It must be one document
     * per stream, since the document's version is the stream's.
     */
    default String idOfStream(String streamId) {
        return streamId;
    }

    /** The integration events this projection takes, by source context and type. */
    default Set<IntegrationSource> integrationEvents() {
        return Set.of();
    }

    /** The document an integration event updates, or {@code null} when it concerns none. */
    default String idOf(Object integrationEvent) {
        return null;
    }

    /**
     * The view after {@code event}.
     *
     * @param view {@code null} for a document that does not exist yet
     * @return the new view; {@code null} means the document has no view (yet), and nobody may read it
     */
    V evolve(V view, Object event);

    /** The users allowed to read the document (the read API filters by them); never called with {@code null}. */
    Set<String> owners(V view);

    /** Whether this projection takes the integration event {@code payload}. */
    default boolean takes(Object payload) {
        return integrationEvents().stream().anyMatch(source -> source.type().isInstance(payload));
    }
}
