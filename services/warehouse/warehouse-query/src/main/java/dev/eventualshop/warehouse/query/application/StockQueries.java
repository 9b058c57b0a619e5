package dev.eventualshop.warehouse.query.application;

import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.projection.ProjectionStore;
import dev.eventualshop.warehouse.query.domain.StockProjection;
import dev.eventualshop.warehouse.query.domain.StockView;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Reads of the stock read model for ADMINs: one product's stock, or every stock by SKU. */
public final class StockQueries {

    /** The most stocks one listing returns, the first by SKU. */
    public static final int LIMIT = 500;

    private final ProjectionStore store;
    private final StockProjection stocks;

    public StockQueries(ProjectionStore store, StockProjection stocks) {
        this.store = Objects.requireNonNull(store, "store");
        this.stocks = Objects.requireNonNull(stocks, "stocks");
    }

    /** The stock of {@code productId}, once it has been opened. */
    public Optional<StockView> of(UUID productId) {
        ProjectionDocument<StockView> document = store.find(stocks, productId.toString());
        return document == null ? Optional.empty() : Optional.ofNullable(document.view());
    }

    /** The first {@value #LIMIT} stocks by SKU (ties by product id). */
    public List<StockView> all() {
        return store.listAll(stocks, StockProjection.LISTED_BY, false, LIMIT).stream()
                .map(ProjectionDocument::view)
                .toList();
    }
}
