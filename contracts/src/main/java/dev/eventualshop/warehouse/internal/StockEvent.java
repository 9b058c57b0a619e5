package dev.eventualshop.warehouse.internal;

import java.time.Instant;
import java.util.List;
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

    /**
     * {@code quantity} units are held for the reservation (one line of it). {@code productIds}: every product the
     * reservation holds, this one included, and {@code expiresAt}: when the order gives it up ({@code null}: held
     * until committed or released), so that Warehouse can release the whole reservation if nobody else does. Both
     * were added later: an event stored before reads as no other products and no expiry.
     */
    record StockReserved(UUID productId, UUID reservationId, UUID orderId, int quantity, long onHand, long reserved,
                         List<UUID> productIds, Instant expiresAt) implements StockEvent {

        public StockReserved {
            productIds = productIds == null ? List.of() : List.copyOf(productIds);
        }
    }

    /** The reservation's units left the warehouse. */
    record ReservationCommitted(UUID productId, UUID reservationId, int quantity, long onHand, long reserved)
            implements StockEvent {
    }

    /** A committed reservation's units are back on hand: its confirmed order was cancelled before shipping. */
    record ReservationReturned(UUID productId, UUID reservationId, int quantity, String reason, long onHand,
                               long reserved) implements StockEvent {
    }

    /** The reservation's units are available again. */
    record ReservationReleased(UUID productId, UUID reservationId, int quantity, String reason, long onHand,
                               long reserved) implements StockEvent {
    }
}
