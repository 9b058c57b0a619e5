package dev.eventualshop.warehouse.query.domain;

import dev.eventualshop.projection.Projection;
import dev.eventualshop.warehouse.WarehouseMessages;
import dev.eventualshop.warehouse.internal.StockEvent;
import java.util.Set;

/**
 * The stock read model: one {@link StockView} per stock stream ({@code warehouse.Stock/<productId>}), at the
 * stream's version. Every stock event carries the quantities it leaves, so the view takes them as they are;
 * the SKU comes with the opening. No user owns a stock: ADMINs read them all by role.
 */
public final class StockProjection implements Projection<StockView> {

    public static final String VIEW = "warehouse.Stock";

    /** The view's field the stock list is sorted by. */
    public static final String LISTED_BY = "sku";

    @Override
    public String view() {
        return VIEW;
    }

    @Override
    public Class<StockView> viewType() {
        return StockView.class;
    }

    @Override
    public String streamType() {
        return WarehouseMessages.STOCK_STREAM;
    }

    @Override
    public StockView evolve(StockView stock, Object event) {
        if (!(event instanceof StockEvent stockEvent)) {
            return stock;
        }
        if (stock == null && !(stockEvent instanceof StockEvent.StockOpened)) {
            return null;
        }
        return switch (stockEvent) {
            case StockEvent.StockOpened opened ->
                    StockView.opened(opened.productId(), opened.sku(), opened.onHand(), opened.reserved());
            case StockEvent.StockReceived received -> stock.at(received.onHand(), received.reserved());
            case StockEvent.StockAdjusted adjusted -> stock.at(adjusted.onHand(), adjusted.reserved());
            case StockEvent.StockReserved reservedEvent -> stock.at(reservedEvent.onHand(), reservedEvent.reserved());
            case StockEvent.ReservationCommitted committed -> stock.at(committed.onHand(), committed.reserved());
            case StockEvent.ReservationReleased released -> stock.at(released.onHand(), released.reserved());
            case StockEvent.ReservationReturned returned -> stock.at(returned.onHand(), returned.reserved());
        };
    }

    @Override
    public Set<String> owners(StockView stock) {
        return Set.of();
    }
}
