package dev.eventualshop.projection.test;

import dev.eventualshop.projection.Delivery;
import dev.eventualshop.projection.Projection;
import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.projection.ProjectionPage;
import dev.eventualshop.projection.ProjectionSearch;
import dev.eventualshop.projection.ProjectionStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

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
    public synchronized <V> List<ProjectionDocument<V>> list(Projection<V> projection, String owner,
                                                             String sortField, boolean descending, int limit) {
        return sorted(projection, document -> document.owners().contains(owner), sortField, descending, limit);
    }

    @SuppressWarnings("unchecked")
    private <V> List<ProjectionDocument<V>> sorted(Projection<V> projection, Predicate<ProjectionDocument<V>> filter,
                                                   String sortField, boolean descending, int limit) {
        Comparator<ProjectionDocument<V>> order = Comparator.comparing(
                (ProjectionDocument<V> document) -> component(document.view(), sortField),
                Comparator.nullsFirst(Comparator.naturalOrder()));
        order = order.thenComparing(ProjectionDocument::id);
        return documents(projection).values().stream()
                .map(document -> (ProjectionDocument<V>) document)
                .filter(document -> document.view() != null && filter.test(document))
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

    /** Sorts as {@link #list} does, over every document with a view. */
    @Override
    public synchronized <V> List<ProjectionDocument<V>> listEvery(Projection<V> projection, String sortField,
                                                                  boolean descending, int limit) {
        return sorted(projection, document -> true, sortField, descending, limit);
    }

    /** Filters and sorts the views' record components as MongoDB does its fields (nulls first, strings by code unit). */
    @Override
    @SuppressWarnings("unchecked")
    public synchronized <V> ProjectionPage<V> search(Projection<V> projection, ProjectionSearch search) {
        Pattern text = search.hasText()
                ? Pattern.compile(search.literalPattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE) : null;
        Comparator<ProjectionDocument<V>> order = (a, b) -> 0;
        for (String field : search.sortFields()) {
            order = order.thenComparing((ProjectionDocument<V> document) -> component(document.view(), field),
                    Comparator.nullsFirst(Comparator.naturalOrder()));
        }
        List<ProjectionDocument<V>> matching = documents(projection).values().stream()
                .map(document -> (ProjectionDocument<V>) document)
                .filter(document -> document.view() != null)
                .filter(document -> search.equals().entrySet().stream().allMatch(condition -> equal(
                        stored(component(document.view(), condition.getKey())), condition.getValue())))
                .filter(document -> text == null || search.textFields().stream().anyMatch(field -> {
                    Object value = stored(component(document.view(), field));
                    return value instanceof String string && text.matcher(string).find();
                }))
                .sorted(order.thenComparing(ProjectionDocument::id))
                .toList();
        return new ProjectionPage<>(matching.stream().skip(search.skip()).limit(search.size()).toList(),
                matching.size());
    }

    private static boolean equal(Object stored, Object wanted) {
        if (stored instanceof Number number && wanted instanceof Number other) {
            return number.longValue() == other.longValue();
        }
        return Objects.equals(stored, wanted);
    }

    /** A value as MongoDB holds it: an enum as its name. */
    private static Object stored(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : value;
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
