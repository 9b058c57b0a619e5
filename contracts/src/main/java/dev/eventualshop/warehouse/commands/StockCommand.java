package dev.eventualshop.warehouse.commands;

import dev.eventualshop.contracts.InternalCommand;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What can be asked of a product's stock. A product's stock is the stream {@code warehouse.Stock/<productId>};
 * a reservation names several products and is decided by each of their streams, all or none.
 */
public sealed interface StockCommand {

    /**
     * Opens the stock of a newly listed product, empty. Only Warehouse's reaction to {@code catalog.v1.ItemListed}
     * sends it, so it is not bound to {@code warehouse.commands}.
     */
    record OpenStock(UUID productId, String sku) implements StockCommand, InternalCommand {
    }

    /** Goods arrived (ADMIN): {@code quantity} more units on hand. */
    record ReceiveStock(UUID productId, long quantity) implements StockCommand {
    }

    /** A stock count corrected by hand (ADMIN): {@code delta} units more (or fewer) on hand, and why. */
    record AdjustStock(UUID productId, long delta, String reason) implements StockCommand {
    }

    /**
     * Holds units of several products for an order, all lines or none. The reservation id is the idempotency
     * key: a reservation a stock has seen already changes nothing. Warehouse releases a reservation still open
     * a grace period after {@code expiresAt} (the order decides its expiry itself, at {@code expiresAt}); one
     * without {@code expiresAt} is held until committed or released.
     */
    record ReserveStock(UUID reservationId, UUID orderId, List<Line> lines, Instant expiresAt)
            implements StockCommand {

        public ReserveStock {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        /** {@code quantity} units of one product. */
        public record Line(UUID productId, int quantity) {
        }
    }

    /** The order is confirmed: the reserved units leave the warehouse (on hand and reserved both drop). */
    record CommitReservation(UUID reservationId, List<UUID> productIds) implements StockCommand {

        public CommitReservation {
            productIds = productIds == null ? List.of() : List.copyOf(productIds);
        }
    }

    /**
     * The order failed or the reservation expired: the reserved units become available again. With
     * {@code returnCommitted} (a confirmed order cancelled), units the reservation already committed come back on
     * hand too; without it (an expiry), a committed reservation is left as it is.
     */
    record ReleaseReservation(UUID reservationId, List<UUID> productIds, String reason, boolean returnCommitted)
            implements StockCommand {

        public ReleaseReservation {
            productIds = productIds == null ? List.of() : List.copyOf(productIds);
        }
    }
}
