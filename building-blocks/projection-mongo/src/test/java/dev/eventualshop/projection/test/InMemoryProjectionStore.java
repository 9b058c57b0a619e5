package dev.eventualshop.projection.test;

import dev.eventualshop.projection.Delivery;
import dev.eventualshop.projection.Projection;
import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.projection.ProjectionStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Comparator;
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

    /** Sorts by the view's record component {@code sortField} (nulls first, as MongoDB sorts them), then id. */
    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> List<ProjectionDocument<V>> list(Projection<V> projection, String owner,
                                                             String sortField, boolean descending, int limit) {
        Comparator<ProjectionDocument<V>> order = Comparator.comparing(
                (ProjectionDocument<V> document) -> component(document.view(), sortField),
                Comparator.nullsFirst(Comparator.naturalOrder()));
        order = order.thenComparing(ProjectionDocument::id);
        return documents(projection).values().stream()
                .map(document -> (ProjectionDocument<V>) document)
                .filter(document -> document.view() != null && document.owners().contains(owner))
                .sorted(descending ? order.reversed() : order)
                .limit(limit)
                .toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparable component(Object view, String name) {
        for (RecordComponent component : view.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return (Comparable) component.getAccessor().invoke(view);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + name + " of " + view, e);
                }
            }
        }
        throw new IllegalArgumentException(view.getClass().getSimpleName() + " has no field " + name);
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

    /** Matches the view's record component {@code field} by its text, as MongoDB compares a string field. */
    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> ProjectionDocument<V> findBy(Projection<V> projection, String owner, String field,
                                                         String value) {
        return documents(projection).values().stream()
                .map(document -> (ProjectionDocument<V>) document)
                .filter(document -> document.view() != null && document.owners().contains(owner))
                .filter(document -> {
                    Object component = component(document.view(), field);
                    return component != null && value.equals(component.toString());
                })
                .min(Comparator.comparing(ProjectionDocument::id))
                .orElse(null);
    }
}
