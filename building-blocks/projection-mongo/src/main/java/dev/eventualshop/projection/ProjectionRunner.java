package dev.eventualshop.projection;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies deliveries to projections, one conditional write per applied event, following {@link Ordering}:
 * a duplicate changes nothing, an early own event waits in the store until its predecessors are applied, and
 * applying an event applies every held successor of it in order. After each write the update is announced,
 * never before. When a write loses to a concurrent writer, the document is read again and the delivery
 * decided again.
 *
 * <p>A failure (of the store, of {@code evolve}, of the announcement) propagates, so the consumer retries the
 * message and, if it keeps failing, parks it: nothing is acknowledged before it is written.
 */
public final class ProjectionRunner {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRunner.class);
    private static final int MAX_CONFLICTS = 10;

    /** What became of a delivery in one projection. */
    public enum Outcome { APPLIED, DUPLICATE, WAITING, IGNORED }

    private final ProjectionStore store;
    private final UpdateListener listener;
    private final Clock clock;

    public ProjectionRunner(ProjectionStore store, UpdateListener listener, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Applies {@code delivery} to every projection that takes it, in order. */
    public void applyAll(List<? extends Projection<?>> projections, Delivery delivery) {
        for (Projection<?> projection : projections) {
            apply(projection, delivery);
        }
    }

    public <V> Outcome apply(Projection<V> projection, Delivery delivery) {
        String id = documentOf(projection, delivery);
        if (id == null) {
            return Outcome.IGNORED;
        }
        for (int conflicts = 0; conflicts < MAX_CONFLICTS; conflicts++) {
            ProjectionDocument<V> document = store.find(projection, id);
            switch (Ordering.of(document, delivery)) {
                case DUPLICATE -> {
                    if (delivery.kind() == Delivery.Kind.OWN) {
                        store.release(projection, id, document.version());
                    }
                    listener.updated(ProjectionUpdate.of(projection.view(), document));
                    return Outcome.DUPLICATE;
                }
                case EARLY -> {
                    log.warn("{} {}: version {} of {} arrived before version {}; it waits", projection.view(), id,
                            delivery.version(), delivery.streamKey(), document == null ? 1 : document.version() + 1);
                    store.hold(projection, id, delivery);
                    drain(projection, id);
                    return Outcome.WAITING;
                }
                case APPLY -> {
                    ProjectionDocument<V> next = next(projection, id, document, delivery);
                    if (store.write(projection, next, document == null ? 0 : document.revision())) {
                        listener.updated(ProjectionUpdate.of(projection.view(), next));
                        if (delivery.kind() == Delivery.Kind.OWN) {
                            drain(projection, id);
                        }
                        return Outcome.APPLIED;
                    }
                }
            }
        }
        throw conflict(projection, id);
    }

    /** Applies the held successors of the document's version, one by one, while the next one waits. */
    private <V> void drain(Projection<V> projection, String id) {
        int conflicts = 0;
        while (conflicts < MAX_CONFLICTS) {
            ProjectionDocument<V> document = store.find(projection, id);
            if (document == null) {
                return;
            }
            Optional<Delivery> successor = store.held(projection, id, document.version() + 1);
            if (successor.isEmpty()) {
                return;
            }
            ProjectionDocument<V> next = next(projection, id, document, successor.get());
            if (store.write(projection, next, document.revision())) {
                listener.updated(ProjectionUpdate.of(projection.view(), next));
                store.release(projection, id, next.version());
            } else {
                conflicts++;
            }
        }
        throw conflict(projection, id);
    }

    private <V> ProjectionDocument<V> next(Projection<V> projection, String id, ProjectionDocument<V> document,
                                           Delivery delivery) {
        V view = projection.evolve(document == null ? null : document.view(), delivery.payload());
        List<SourcePosition> sources = document == null ? List.of() : document.sources();
        boolean own = delivery.kind() == Delivery.Kind.OWN;
        return new ProjectionDocument<>(id,
                own ? delivery.version() : document == null ? 0 : document.version(),
                document == null ? 1 : document.revision() + 1,
                view, view == null ? Set.of() : projection.owners(view),
                own ? sources : Ordering.record(sources, delivery),
                clock.instant());
    }

    private static String documentOf(Projection<?> projection, Delivery delivery) {
        if (delivery.kind() == Delivery.Kind.OWN) {
            return Objects.equals(projection.streamType(), delivery.streamType())
                    ? projection.idOfStream(delivery.streamId()) : null;
        }
        return projection.takes(delivery.payload()) ? projection.idOf(delivery.payload()) : null;
    }

    private static IllegalStateException conflict(Projection<?> projection, String id) {
        return new IllegalStateException("%s %s kept changing under %d attempts to write it"
                .formatted(projection.view(), id, MAX_CONFLICTS));
    }
}
