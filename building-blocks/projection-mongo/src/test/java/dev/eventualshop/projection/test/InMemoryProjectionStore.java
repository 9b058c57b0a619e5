package dev.eventualshop.projection.test;

import dev.eventualshop.projection.Delivery;
import dev.eventualshop.projection.Projection;
import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.projection.ProjectionStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link ProjectionStore} in memory, with the same conditional-write contract as MongoDB's, for the
 * given/when/then kit and for unit tests of the runner.
 */
public final class InMemoryProjectionStore implements ProjectionStore {

    private final Map<String, Map<String, ProjectionDocument<?>>> documents = new HashMap<>();
    private final Map<String, Map<String, TreeMap<Long, Delivery>>> pending = new HashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> ProjectionDocument<V> find(Projection<V> projection, String id) {
        return (ProjectionDocument<V>) documents(projection).get(id);
    }

    @Override
    public synchronized <V> boolean write(Projection<V> projection, ProjectionDocument<V> next, long expectedRevision) {
        ProjectionDocument<?> stored = documents(projection).get(next.id());
        long revision = stored == null ? 0 : stored.revision();
        if (revision != expectedRevision) {
            return false;
        }
        documents(projection).put(next.id(), next);
        return true;
    }

    @Override
    public synchronized void hold(Projection<?> projection, String id, Delivery early) {
        pending.computeIfAbsent(projection.view(), view -> new HashMap<>())
                .computeIfAbsent(id, doc -> new TreeMap<>()).put(early.version(), early);
    }

    @Override
    public synchronized Optional<Delivery> held(Projection<?> projection, String id, long version) {
        return Optional.ofNullable(waiting(projection, id).get(version));
    }

    @Override
    public synchronized void release(Projection<?> projection, String id, long version) {
        waiting(projection, id).headMap(version, true).clear();
    }

    /** The versions of document {@code id} that wait for their predecessors. */
    public synchronized List<Long> waitingVersions(Projection<?> projection, String id) {
        return List.copyOf(waiting(projection, id).keySet());
    }

    /** Every document of the projection, by id. */
    public synchronized Map<String, ProjectionDocument<?>> all(Projection<?> projection) {
        return Map.copyOf(documents(projection));
    }

    private Map<String, ProjectionDocument<?>> documents(Projection<?> projection) {
        return documents.computeIfAbsent(projection.view(), view -> new HashMap<>());
    }

    private TreeMap<Long, Delivery> waiting(Projection<?> projection, String id) {
        return pending.getOrDefault(projection.view(), Map.of()).getOrDefault(id, new TreeMap<>());
    }
}
