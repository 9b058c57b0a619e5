package dev.eventualshop.warehouse.command.domain;

import dev.eventualshop.decider.Decider;
import dev.eventualshop.decider.Decision;
import dev.eventualshop.warehouse.commands.StockCommand;
import dev.eventualshop.warehouse.internal.StockEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A product's stock: opened once when Catalog lists the product, then received, adjusted, reserved for orders
 * and either committed (the units leave) or released; the units of a committed reservation come back if its
 * order is cancelled before shipping. {@code available = onHand - reserved} never drops below zero. A reservation names several products; each product's stream decides on the whole command, so a shape
 * rule broken anywhere rejects it everywhere, and the pipeline appends all streams' events or none. Each product's
 * {@code StockReserved} names the whole reservation and its expiry, so whichever product's event Warehouse reads
 * can release all of it once the order has given it up (see {@code ReservationExpiry}).
 */
public final class StockDecider implements Decider<StockCommand, Stock, StockEvent> {

    public static final long MAX_RECEIPT = 1_000_000;
    public static final int MAX_LINE_QUANTITY = 99;
    public static final int MAX_LINES = 50;
    public static final int MAX_REASON_LENGTH = 200;

    @Override
    public Stock initialState() {
        return new Stock.None();
    }

    @Override
    public Decision<StockEvent> decide(StockCommand command, Stock state) {
        return switch (command) {
            case StockCommand.OpenStock open -> open(open, state);
            case StockCommand.ReceiveStock receive -> receive(receive, state);
            case StockCommand.AdjustStock adjust -> adjust(adjust, state);
            case StockCommand.ReserveStock reserve -> reserve(reserve, state);
            case StockCommand.CommitReservation commit -> commit(commit, state);
            case StockCommand.ReleaseReservation release -> release(release, state);
        };
    }

    @Override
    public Stock evolve(Stock state, StockEvent event) {
        if (event instanceof StockEvent.StockOpened opened) {
            return Stock.Open.opened(opened.productId(), opened.sku());
        }
        if (!(state instanceof Stock.Open open)) {
            return state;
        }
        return switch (event) {
            case StockEvent.StockOpened opened -> open;
            case StockEvent.StockReceived received -> open.withOnHand(received.onHand());
            case StockEvent.StockAdjusted adjusted -> open.withOnHand(adjusted.onHand());
            case StockEvent.StockReserved reserved -> open.holding(reserved.reservationId(), reserved.quantity());
            case StockEvent.ReservationCommitted committed ->
                    open.committing(committed.reservationId(), committed.quantity(), committed.onHand());
            case StockEvent.ReservationReturned returned -> open.returning(returned.reservationId(), returned.onHand());
            case StockEvent.ReservationReleased released -> open.closing(released.reservationId(), released.onHand());
        };
    }

    private static Decision<StockEvent> open(StockCommand.OpenStock open, Stock state) {
        if (state instanceof Stock.Open) {
            return Decision.reject("STOCK_EXISTS", "this product has a stock already");
        }
        if (open.productId() == null || open.sku() == null || open.sku().isBlank()) {
            return invalid("a stock needs its product id and SKU");
        }
        return Decision.accept(new StockEvent.StockOpened(open.productId(), open.sku(), 0, 0));
    }

    private static Decision<StockEvent> receive(StockCommand.ReceiveStock receive, Stock state) {
        if (receive.quantity() < 1 || receive.quantity() > MAX_RECEIPT) {
            return invalid("a receipt is 1 to " + MAX_RECEIPT + " units");
        }
        if (!(state instanceof Stock.Open stock)) {
            return unknownProduct();
        }
        return Decision.accept(new StockEvent.StockReceived(stock.productId(), receive.quantity(),
                stock.onHand() + receive.quantity(), stock.reserved()));
    }

    private static Decision<StockEvent> adjust(StockCommand.AdjustStock adjust, Stock state) {
        if (adjust.delta() == 0 || Math.abs(adjust.delta()) > MAX_RECEIPT || adjust.reason() == null
                || adjust.reason().isBlank() || adjust.reason().length() > MAX_REASON_LENGTH) {
            return invalid("an adjustment changes the count (at most " + MAX_RECEIPT + " units) and says why in 1 to "
                    + MAX_REASON_LENGTH + " characters");
        }
        if (!(state instanceof Stock.Open stock)) {
            return unknownProduct();
        }
        long onHand = stock.onHand() + adjust.delta();
        if (onHand < stock.reserved()) {
            return Decision.reject("INSUFFICIENT_STOCK", "the adjustment would leave fewer units than are reserved");
        }
        return Decision.accept(new StockEvent.StockAdjusted(stock.productId(), adjust.delta(), adjust.reason(),
                onHand, stock.reserved()));
    }

    private static Decision<StockEvent> reserve(StockCommand.ReserveStock reserve, Stock state) {
        Optional<String> invalid = ReservationShape.problem(reserve);
        if (invalid.isPresent()) {
            return invalid(invalid.get());
        }
        if (!(state instanceof Stock.Open stock)) {
            return unknownProduct();
        }
        if (stock.hasSeen(reserve.reservationId())) {
            return Decision.accept();
        }
        StockCommand.ReserveStock.Line line = reserve.lines().stream()
                .filter(candidate -> stock.productId().equals(candidate.productId()))
                .findFirst().orElse(null);
        if (line == null) {
            return invalid("the reservation has no line for this product");
        }
        if (stock.available() < line.quantity()) {
            return Decision.reject("OUT_OF_STOCK", "only " + stock.available() + " units of " + stock.sku()
                    + " are available");
        }
        List<UUID> productIds = reserve.lines().stream().map(StockCommand.ReserveStock.Line::productId).toList();
        return Decision.accept(new StockEvent.StockReserved(stock.productId(), reserve.reservationId(),
                reserve.orderId(), line.quantity(), stock.onHand(), stock.reserved() + line.quantity(), productIds,
                reserve.expiresAt()));
    }

    private static Decision<StockEvent> commit(StockCommand.CommitReservation commit, Stock state) {
        if (commit.reservationId() == null || commit.productIds().isEmpty()) {
            return invalid("a commit names its reservation and its products");
        }
        if (!(state instanceof Stock.Open stock)) {
            return unknownProduct();
        }
        Integer quantity = stock.reservations().get(commit.reservationId());
        if (quantity == null) {
            return Decision.accept();
        }
        return Decision.accept(new StockEvent.ReservationCommitted(stock.productId(), commit.reservationId(), quantity,
                stock.onHand() - quantity, stock.reserved() - quantity));
    }

    private static Decision<StockEvent> release(StockCommand.ReleaseReservation release, Stock state) {
        if (release.reservationId() == null || release.productIds().isEmpty() || (release.reason() != null
                && release.reason().length() > MAX_REASON_LENGTH)) {
            return invalid("a release names its reservation and its products, and a reason of at most "
                    + MAX_REASON_LENGTH + " characters");
        }
        if (!(state instanceof Stock.Open stock)) {
            return unknownProduct();
        }
        Integer quantity = stock.reservations().get(release.reservationId());
        if (quantity == null) {
            Integer taken = release.returnCommitted() ? stock.committed().get(release.reservationId()) : null;
            return taken == null ? Decision.accept() : Decision.accept(new StockEvent.ReservationReturned(
                    stock.productId(), release.reservationId(), taken, release.reason(), stock.onHand() + taken,
                    stock.reserved()));
        }
        return Decision.accept(new StockEvent.ReservationReleased(stock.productId(), release.reservationId(),
                quantity, release.reason(), stock.onHand(), stock.reserved() - quantity));
    }

    private static Decision<StockEvent> unknownProduct() {
        return Decision.reject("UNKNOWN_PRODUCT", "this product has no stock");
    }

    private static Decision<StockEvent> invalid(String message) {
        return Decision.reject("INVALID", message);
    }

    /** The rules a reservation keeps whatever the stock: the same answer on every stream it names. */
    static final class ReservationShape {

        private ReservationShape() {
        }

        static Optional<String> problem(StockCommand.ReserveStock reserve) {
            if (reserve.reservationId() == null || reserve.orderId() == null) {
                return Optional.of("a reservation names itself and its order");
            }
            if (reserve.lines().isEmpty() || reserve.lines().size() > MAX_LINES) {
                return Optional.of("a reservation has 1 to " + MAX_LINES + " lines");
            }
            Set<UUID> products = new HashSet<>();
            for (StockCommand.ReserveStock.Line line : reserve.lines()) {
                if (line.productId() == null || !products.add(line.productId())) {
                    return Optional.of("each line names a different product");
                }
                if (line.quantity() < 1 || line.quantity() > MAX_LINE_QUANTITY) {
                    return Optional.of("a line reserves 1 to " + MAX_LINE_QUANTITY + " units");
                }
            }
            return Optional.empty();
        }
    }
}
