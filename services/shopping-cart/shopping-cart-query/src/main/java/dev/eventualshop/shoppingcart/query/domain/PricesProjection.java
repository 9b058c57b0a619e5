package dev.eventualshop.shoppingcart.query.domain;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.catalog.v1.CatalogIntegrationEvent;
import dev.eventualshop.projection.IntegrationSource;
import dev.eventualshop.projection.Projection;
import java.util.Set;

/**
 * The price table carts are priced from when they are read: one {@link PriceView} per catalog item (document id =
 * product id), fed by Catalog's integration events. The building block applies an event only when the item's
 * stream version (message headers) is newer than the one the document has seen, so a duplicate or an older event
 * changes nothing; the document's source position is the price-table version a cart's ETag covers.
 *
 * <p>Only the price matters here: a cart's lines keep the sku and name they were added with, and availability is
 * the command side's concern (it refuses inactive products). Nobody owns a price: the table is read by product id.
 */
public final class PricesProjection implements Projection<PriceView> {

    public static final String VIEW = "shoppingcart.Prices";

    @Override
    public String view() {
        return VIEW;
    }

    @Override
    public Class<PriceView> viewType() {
        return PriceView.class;
    }

    @Override
    public Set<IntegrationSource> integrationEvents() {
        return Set.of(new IntegrationSource(CatalogMessages.CONTEXT, CatalogIntegrationEvent.class));
    }

    @Override
    public String idOf(Object integrationEvent) {
        return integrationEvent instanceof CatalogIntegrationEvent item ? item.productId().toString() : null;
    }

    @Override
    public PriceView evolve(PriceView price, Object event) {
        if (!(event instanceof CatalogIntegrationEvent item)) {
            return price;
        }
        return switch (item) {
            case CatalogIntegrationEvent.ItemListed listed -> new PriceView(listed.productId(), listed.price());
            case CatalogIntegrationEvent.ItemPriceChanged changed -> new PriceView(changed.productId(), changed.price());
            case CatalogIntegrationEvent.ItemDetailsChanged details -> price;
            case CatalogIntegrationEvent.ItemActivated activated -> price;
            case CatalogIntegrationEvent.ItemDeactivated deactivated -> price;
        };
    }

    @Override
    public Set<String> owners(PriceView price) {
        return Set.of();
    }
}
