package dev.eventualshop.warehouse.command.infrastructure;

import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.eventstore.pipeline.DeadlineChange;
import dev.eventualshop.warehouse.commands.StockCommand;
import dev.eventualshop.warehouse.internal.StockEvent;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Warehouse's safety net against stock held forever (cart hoarding, OWASP API6): a reservation with an expiry is
 * released, all its products, {@code grace} after it. The order decides RESERVATION_EXPIRED itself at the expiry
 * and releases the stock; this deadline only matters when that never happens. The deadline id derives from the
 * reservation, so each product's {@code StockReserved} schedules the same one. Nothing cancels it: a reservation
 * committed or released before it fires makes its release a no-op.
 */
final class ReservationExpiry {

    /** The reason recorded on a release this deadline makes. */
    static final String REASON = "RESERVATION_EXPIRED";

    private final Duration grace;

    ReservationExpiry(Duration grace) {
        this.grace = Objects.requireNonNull(grace, "grace");
    }

    /** The deadline that releases the reservation {@code reservationId}: also the id of the command it sends. */
    static UUID deadlineId(UUID reservationId) {
        return Uuids.v5(reservationId, "expiry");
    }

    List<DeadlineChange> deadlines(StockEvent event) {
        if (event instanceof StockEvent.StockReserved reserved && reserved.expiresAt() != null
                && !reserved.productIds().isEmpty()) {
            return List.of(DeadlineChange.schedule(deadlineId(reserved.reservationId()),
                    reserved.expiresAt().plus(grace), new StockCommand.ReleaseReservation(reserved.reservationId(),
                            reserved.productIds(), REASON, false)));
        }
        return List.of();
    }
}
