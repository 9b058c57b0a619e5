package dev.eventualshop.catalog.query.domain;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.catalog.internal.CatalogEvent;
import dev.eventualshop.projection.IntegrationSource;
import dev.eventualshop.projection.Projection;
import dev.eventualshop.warehouse.WarehouseMessages;
import dev.eventualshop.warehouse.v1.WarehouseIntegrationEvent.StockChanged;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The items read model: one {@link CatalogItemView} per item stream ({@code catalog.Item/<itemId>}), at the
 * stream's version, with the availability of Warehouse's latest {@code warehouse.v1.StockChanged} for the product
 * (the item id), applied only when newer than the one applied. A StockChanged that arrives before the item is kept
 * in a view that is not yet {@link CatalogItemView#catalogued() catalogued}. The catalog is public: no owners.
 */
public final class CatalogItemsProjection implements Projection<CatalogItemView> {

    public static final String VIEW = "catalog.Items";

    @Override
    public String view() {
        return VIEW;
    }

    @Override
    public Class<CatalogItemView> viewType() {
        return CatalogItemView.class;
    }

    @Override
    public String streamType() {
        return CatalogMessages.ITEM_STREAM;
    }

    @Override
    public Set<IntegrationSource> integrationEvents() {
        return Set.of(new IntegrationSource(WarehouseMessages.CONTEXT, StockChanged.class));
    }

    @Override
    public String idOf(Object integrationEvent) {
        return integrationEvent instanceof StockChanged stock ? stock.productId().toString() : null;
    }

    @Override
    public CatalogItemView evolve(CatalogItemView item, Object event) {
        if (event instanceof StockChanged stock) {
            long available = Math.max(0, stock.available());
            return item == null ? CatalogItemView.stockOf(stock.productId(), available) : item.withAvailable(available);
        }
        if (!(event instanceof CatalogEvent catalogEvent)) {
            return item;
        }
        return switch (catalogEvent) {
            case CatalogEvent.ItemCreated created -> CatalogItemView.created(created.itemId(), created.sku(),
                    created.name(), created.description(), created.price(), created.imageUrl(),
                    item == null ? 0 : item.available());
            case CatalogEvent.ItemDetailsChanged details -> ifCatalogued(item,
                    catalogued -> catalogued.withDetails(details.name(), details.description(), details.imageUrl()));
            case CatalogEvent.ItemPriceChanged price ->
                    ifCatalogued(item, catalogued -> catalogued.withPrice(price.price()));
            case CatalogEvent.ItemActivated activated -> ifCatalogued(item, catalogued -> catalogued.withActive(true));
            case CatalogEvent.ItemDeactivated deactivated ->
                    ifCatalogued(item, catalogued -> catalogued.withActive(false));
        };
    }

    /** A change of an item that exists; the runner applies an item's events after its creation only. */
    private static CatalogItemView ifCatalogued(CatalogItemView item, UnaryOperator<CatalogItemView> change) {
        return item == null || !item.catalogued() ? item : change.apply(item);
    }

    /** Anyone may read the catalog: the API decides what an anonymous caller sees. */
    @Override
    public Set<String> owners(CatalogItemView item) {
        return Set.of();
    }
}
