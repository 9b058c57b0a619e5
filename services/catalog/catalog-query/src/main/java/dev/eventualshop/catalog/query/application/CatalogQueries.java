package dev.eventualshop.catalog.query.application;

import dev.eventualshop.catalog.query.domain.CatalogItemView;
import dev.eventualshop.catalog.query.domain.CatalogItemsProjection;
import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.projection.ProjectionPage;
import dev.eventualshop.projection.ProjectionSearch;
import dev.eventualshop.projection.ProjectionStore;
import dev.eventualshop.projection.SourcePosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads of the items read model. Anyone sees the active items; only an admin may include the inactive ones. An
 * item whose stock is known but that is not created yet is nobody's to see.
 */
public final class CatalogQueries {

    /** The most items one page holds. */
    public static final int MAX_SIZE = 100;
    /** The highest page number asked for. */
    public static final int MAX_PAGE = 100_000;
    /** The longest search text. */
    public static final int MAX_QUERY = 100;

    private static final List<String> SEARCHED = List.of("name", "description", "sku");
    private static final List<String> ORDER = List.of("name");

    private final ProjectionStore store;
    private final CatalogItemsProjection items;

    public CatalogQueries(ProjectionStore store, CatalogItemsProjection items) {
        this.store = Objects.requireNonNull(store, "store");
        this.items = Objects.requireNonNull(items, "items");
    }

    /**
     * Page {@code page} of {@code size} items, sorted by name then id, whose name, description or SKU contains
     * {@code text} (ignoring case, taken literally), with the total.
     *
     * @param text blank: every item
     */
    public ProjectionPage<CatalogItemView> items(String text, boolean includeInactive, int page, int size) {
        return store.search(items, new ProjectionSearch(shown(includeInactive), SEARCHED, text, ORDER, page, size));
    }

    /** The item {@code id}, if it exists and is active, or inactive and {@code includeInactive}. */
    public Optional<ProjectionDocument<CatalogItemView>> item(UUID id, boolean includeInactive) {
        ProjectionDocument<CatalogItemView> found = store.find(items, id.toString());
        if (found == null || found.view() == null || !found.view().catalogued()
                || !found.view().active() && !includeInactive) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    /**
     * The versions an item's view was built from: its own stream's version, and the version of its stock stream
     * (0 while Warehouse has reported none), e.g. {@code 3.7}.
     */
    public static String versions(ProjectionDocument<CatalogItemView> item) {
        long stock = item.sources().stream().mapToLong(SourcePosition::version).max().orElse(0);
        return item.version() + "." + stock;
    }

    private static Map<String, Object> shown(boolean includeInactive) {
        Map<String, Object> equals = new LinkedHashMap<>();
        equals.put("catalogued", true);
        if (!includeInactive) {
            equals.put("active", true);
        }
        return equals;
    }
}
