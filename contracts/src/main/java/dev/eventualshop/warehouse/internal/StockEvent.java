package dev.eventualshop.warehouse.internal;

import java.util.UUID;

/**
 * What happened to a product's stock, on the stream {@code warehouse.Stock/<productId>}. Every event carries
 * the stock's resulting {@code onHand} and {@code reserved}, so a reader needs no history to know the stock.
 */
public sealed interface StockEvent {

    UUID productId();

    /** Units in the warehouse after the event. */
    long onHand();

    /** Units held by open reservations after the event. */
    long reserved();

    /** A listed product has a stock, empty. */
    record StockOpened(UUID productId, String sku, long onHand, long reserved) implements StockEvent {
    }

    record StockReceived(UUID productId, long quantity, long onHand, long reserved) implements StockEvent {
    }

    record StockAdjusted(UUID productId, long delta, String reason, long onHand, long reserved)
            implements StockEvent {
    }

    /** {@code quantity} units are held for the reservation (one line of it). */
    record StockReserved(UUID productId, UUID reservationId, UUID orderId, int quantity, long onHand, long reserved)
            implements StockEvent {
    }

    /** The reservation's units left the warehouse. */
    record ReservationCommitted(UUID productId, UUID reservationId, int quantity, long onHand, long reserved)
            implements StockEvent {
    }

    /** The reservation's units are available again. */
    record ReservationReleased(UUID productId, UUID reservationId, int quantity, String reason, long onHand,
                               long reserved) implements StockEvent {
    }
}
