package dev.eventualshop.warehouse.command.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.decider.test.DeciderSpec;
import dev.eventualshop.warehouse.commands.StockCommand;
import dev.eventualshop.warehouse.commands.StockCommand.ReserveStock.Line;
import dev.eventualshop.warehouse.internal.StockEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StockDeciderTest {

    static final UUID MUG = UUID.fromString("6b1f3c2e-0a4d-4c8e-9b7a-1c2d3e4f5a01");
    static final UUID TEAPOT = UUID.fromString("6b1f3c2e-0a4d-4c8e-9b7a-1c2d3e4f5a02");
    static final UUID RESERVATION = UUID.fromString("0c9e8d7f-6a5b-4c3d-8e2f-1a0b9c8d7e01");
    static final UUID ORDER = UUID.fromString("0c9e8d7f-6a5b-4c3d-8e2f-1a0b9c8d7e02");
    static final StockEvent.StockOpened MUG_OPENED = new StockEvent.StockOpened(MUG, "MUG-1", 0, 0);
    static final StockEvent.StockReceived TEN_MUGS = new StockEvent.StockReceived(MUG, 10, 10, 0);
    static final StockEvent.StockReserved THREE_MUGS_HELD =
            new StockEvent.StockReserved(MUG, RESERVATION, ORDER, 3, 10, 3, List.of(MUG), null);

    final DeciderSpec<StockCommand, Stock, StockEvent> stock = DeciderSpec.of(new StockDecider());

    static StockCommand.ReserveStock reserve(UUID reservationId, Line... lines) {
        return new StockCommand.ReserveStock(reservationId, ORDER, List.of(lines), null);
    }

    @Test
    void a_listed_product_gets_an_empty_stock_once() {
        stock.given().when(new StockCommand.OpenStock(MUG, "MUG-1")).then(MUG_OPENED)
                .thenState(state -> assertThat(((Stock.Open) state).available()).isZero());
        stock.given(MUG_OPENED).when(new StockCommand.OpenStock(MUG, "MUG-1")).thenRejects("STOCK_EXISTS");
        stock.given().when(new StockCommand.OpenStock(MUG, " ")).thenRejects("INVALID");
    }

    @Test
    void every_command_on_a_product_without_stock_is_an_unknown_product() {
        stock.given().when(new StockCommand.ReceiveStock(MUG, 5)).thenRejects("UNKNOWN_PRODUCT");
        stock.given().when(new StockCommand.AdjustStock(MUG, 5, "found a box")).thenRejects("UNKNOWN_PRODUCT");
        stock.given().when(reserve(RESERVATION, new Line(MUG, 1))).thenRejects("UNKNOWN_PRODUCT");
        stock.given().when(new StockCommand.CommitReservation(RESERVATION, List.of(MUG)))
                .thenRejects("UNKNOWN_PRODUCT");
        stock.given().when(new StockCommand.ReleaseReservation(RESERVATION, List.of(MUG), "cancelled", false))
                .thenRejects("UNKNOWN_PRODUCT");
    }

    @Test
    void a_receipt_adds_one_to_a_million_units_on_hand() {
        stock.given(MUG_OPENED, TEN_MUGS).when(new StockCommand.ReceiveStock(MUG, 5))
                .then(new StockEvent.StockReceived(MUG, 5, 15, 0));
        stock.given(MUG_OPENED).when(new StockCommand.ReceiveStock(MUG, 1_000_000))
                .then(new StockEvent.StockReceived(MUG, 1_000_000, 1_000_000, 0));
        stock.given(MUG_OPENED).when(new StockCommand.ReceiveStock(MUG, 0)).thenRejects("INVALID");
        stock.given(MUG_OPENED).when(new StockCommand.ReceiveStock(MUG, -3)).thenRejects("INVALID");
        stock.given(MUG_OPENED).when(new StockCommand.ReceiveStock(MUG, 1_000_001)).thenRejects("INVALID");
    }

    @Test
    void an_adjustment_changes_the_count_with_a_reason() {
        stock.given(MUG_OPENED, TEN_MUGS).when(new StockCommand.AdjustStock(MUG, -4, "broken in transit"))
                .then(new StockEvent.StockAdjusted(MUG, -4, "broken in transit", 6, 0));
        stock.given(MUG_OPENED, TEN_MUGS).when(new StockCommand.AdjustStock(MUG, 2, "recount"))
                .then(new StockEvent.StockAdjusted(MUG, 2, "recount", 12, 0));
    }

    @Test
    void an_adjustment_needs_a_change_and_a_reason_of_at_most_200_characters() {
        stock.given(MUG_OPENED, TEN_MUGS).when(new StockCommand.AdjustStock(MUG, 0, "nothing")).thenRejects("INVALID");
        stock.given(MUG_OPENED, TEN_MUGS).when(new StockCommand.AdjustStock(MUG, 1, "")).thenRejects("INVALID");
        stock.given(MUG_OPENED, TEN_MUGS).when(new StockCommand.AdjustStock(MUG, 1, null)).thenRejects("INVALID");
        stock.given(MUG_OPENED, TEN_MUGS).when(new StockCommand.AdjustStock(MUG, 1, "r".repeat(201)))
                .thenRejects("INVALID");
        stock.given(MUG_OPENED, TEN_MUGS).when(new StockCommand.AdjustStock(MUG, 1, "r".repeat(200)))
                .then(new StockEvent.StockAdjusted(MUG, 1, "r".repeat(200), 11, 0));
    }

    @Test
    void an_adjustment_never_leaves_fewer_units_on_hand_than_are_reserved() {
        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD).when(new StockCommand.AdjustStock(MUG, -8, "flood"))
                .thenRejects("INSUFFICIENT_STOCK");
        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD).when(new StockCommand.AdjustStock(MUG, -7, "flood"))
                .then(new StockEvent.StockAdjusted(MUG, -7, "flood", 3, 3))
                .thenState(state -> assertThat(((Stock.Open) state).available()).isZero());
        stock.given(MUG_OPENED).when(new StockCommand.AdjustStock(MUG, -1, "lost")).thenRejects("INSUFFICIENT_STOCK");
    }

    @Test
    void a_reservation_holds_its_line_of_this_product() {
        stock.given(MUG_OPENED, TEN_MUGS).when(reserve(RESERVATION, new Line(TEAPOT, 2), new Line(MUG, 3)))
                .then(new StockEvent.StockReserved(MUG, RESERVATION, ORDER, 3, 10, 3, List.of(TEAPOT, MUG), null))
                .thenState(state -> {
                    Stock.Open open = (Stock.Open) state;
                    assertThat(open.reserved()).isEqualTo(3);
                    assertThat(open.available()).isEqualTo(7);
                    assertThat(open.reservations()).containsEntry(RESERVATION, 3);
                });
    }

    @Test
    void a_reservation_of_more_than_is_available_is_out_of_stock() {
        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD).when(reserve(UUID.randomUUID(), new Line(MUG, 8)))
                .thenRejects("OUT_OF_STOCK");
        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD).when(reserve(UUID.randomUUID(), new Line(MUG, 7)))
                .thenState(state -> assertThat(((Stock.Open) state).available()).isZero());
    }

    @Test
    void a_multi_product_reservation_with_one_short_line_is_rejected_by_that_products_stock() {
        StockCommand.ReserveStock both = reserve(RESERVATION, new Line(MUG, 2), new Line(TEAPOT, 5));
        StockEvent.StockOpened teapotOpened = new StockEvent.StockOpened(TEAPOT, "TEA-1", 0, 0);
        StockEvent.StockReceived fourTeapots = new StockEvent.StockReceived(TEAPOT, 4, 4, 0);

        stock.given(MUG_OPENED, TEN_MUGS).when(both)
                .then(new StockEvent.StockReserved(MUG, RESERVATION, ORDER, 2, 10, 2, List.of(MUG, TEAPOT), null));
        stock.given(teapotOpened, fourTeapots).when(both).thenRejects("OUT_OF_STOCK");
    }

    @Test
    void a_reservation_has_1_to_50_lines_of_distinct_products_and_1_to_99_units_each() {
        stock.given(MUG_OPENED, TEN_MUGS).when(reserve(RESERVATION)).thenRejects("INVALID");
        stock.given(MUG_OPENED, TEN_MUGS).when(reserve(RESERVATION, new Line(MUG, 0))).thenRejects("INVALID");
        stock.given(MUG_OPENED, TEN_MUGS).when(reserve(RESERVATION, new Line(MUG, 100))).thenRejects("INVALID");
        stock.given(MUG_OPENED, TEN_MUGS).when(reserve(RESERVATION, new Line(MUG, 1), new Line(MUG, 1)))
                .thenRejects("INVALID");
        stock.given(MUG_OPENED, TEN_MUGS).when(new StockCommand.ReserveStock(null, ORDER, List.of(new Line(MUG, 1)), null))
                .thenRejects("INVALID");
        List<Line> lines = new ArrayList<>(List.of(new Line(MUG, 1)));
        for (int i = 1; i < StockDecider.MAX_LINES; i++) {
            lines.add(new Line(UUID.randomUUID(), 1));
        }
        stock.given(MUG_OPENED, TEN_MUGS).when(new StockCommand.ReserveStock(RESERVATION, ORDER, lines, null))
                .then(new StockEvent.StockReserved(MUG, RESERVATION, ORDER, 1, 10, 1,
                        lines.stream().map(Line::productId).toList(), null));
        lines.add(new Line(UUID.randomUUID(), 1));
        stock.given(MUG_OPENED, TEN_MUGS).when(new StockCommand.ReserveStock(RESERVATION, ORDER, lines, null))
                .thenRejects("INVALID");
    }

    @Test
    void a_reservation_seen_before_changes_nothing() {
        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD).when(reserve(RESERVATION, new Line(MUG, 3))).thenNothing();
        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD,
                        new StockEvent.ReservationReleased(MUG, RESERVATION, 3, "cancelled", 10, 0))
                .when(reserve(RESERVATION, new Line(MUG, 3))).thenNothing();
    }

    @Test
    void a_commit_takes_the_reserved_units_out_of_the_warehouse() {
        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD)
                .when(new StockCommand.CommitReservation(RESERVATION, List.of(MUG)))
                .then(new StockEvent.ReservationCommitted(MUG, RESERVATION, 3, 7, 0))
                .thenState(state -> {
                    Stock.Open open = (Stock.Open) state;
                    assertThat(open.onHand()).isEqualTo(7);
                    assertThat(open.available()).isEqualTo(7);
                    assertThat(open.hasSeen(RESERVATION)).isTrue();
                });
    }

    @Test
    void a_release_makes_the_reserved_units_available_again() {
        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD)
                .when(new StockCommand.ReleaseReservation(RESERVATION, List.of(MUG), "PAYMENT_DECLINED", false))
                .then(new StockEvent.ReservationReleased(MUG, RESERVATION, 3, "PAYMENT_DECLINED", 10, 0))
                .thenState(state -> assertThat(((Stock.Open) state).available()).isEqualTo(10));
    }

    @Test
    void a_commit_or_release_of_an_unknown_or_closed_reservation_changes_nothing() {
        StockEvent.ReservationCommitted committed = new StockEvent.ReservationCommitted(MUG, RESERVATION, 3, 7, 0);
        stock.given(MUG_OPENED, TEN_MUGS).when(new StockCommand.CommitReservation(RESERVATION, List.of(MUG)))
                .thenNothing();
        stock.given(MUG_OPENED, TEN_MUGS)
                .when(new StockCommand.ReleaseReservation(RESERVATION, List.of(MUG), "expired", false)).thenNothing();
        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD, committed)
                .when(new StockCommand.CommitReservation(RESERVATION, List.of(MUG))).thenNothing();
        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD, committed)
                .when(new StockCommand.ReleaseReservation(RESERVATION, List.of(MUG), "expired", false)).thenNothing();
    }

    @Test
    void a_cancelled_orders_release_returns_the_units_its_reservation_committed_once() {
        StockEvent.ReservationCommitted committed = new StockEvent.ReservationCommitted(MUG, RESERVATION, 3, 7, 0);
        StockCommand.ReleaseReservation cancelled = new StockCommand.ReleaseReservation(RESERVATION, List.of(MUG),
                "CUSTOMER_CANCELLED", true);
        StockEvent.ReservationReturned returned = new StockEvent.ReservationReturned(MUG, RESERVATION, 3,
                "CUSTOMER_CANCELLED", 10, 0);

        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD, committed).when(cancelled).then(returned)
                .thenState(state -> assertThat(((Stock.Open) state).available()).isEqualTo(10));
        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD, committed, returned).when(cancelled).thenNothing();
        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD).when(cancelled)
                .then(new StockEvent.ReservationReleased(MUG, RESERVATION, 3, "CUSTOMER_CANCELLED", 10, 0));
    }

    @Test
    void a_commit_that_comes_after_its_release_takes_nothing() {
        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD,
                        new StockEvent.ReservationReleased(MUG, RESERVATION, 3, "CUSTOMER_CANCELLED", 10, 0))
                .when(new StockCommand.CommitReservation(RESERVATION, List.of(MUG))).thenNothing()
                .thenState(state -> assertThat(((Stock.Open) state).onHand()).isEqualTo(10));
    }

    @Test
    void a_commit_or_release_names_its_reservation_and_products() {
        stock.given(MUG_OPENED).when(new StockCommand.CommitReservation(null, List.of(MUG))).thenRejects("INVALID");
        stock.given(MUG_OPENED).when(new StockCommand.CommitReservation(RESERVATION, List.of())).thenRejects("INVALID");
        stock.given(MUG_OPENED)
                .when(new StockCommand.ReleaseReservation(RESERVATION, List.of(MUG), "r".repeat(201), false))
                .thenRejects("INVALID");
    }

    @Test
    void reserved_is_always_the_sum_of_open_reservations_and_available_never_negative() {
        UUID second = UUID.randomUUID();
        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD, new StockEvent.StockReserved(MUG, second, ORDER, 7, 10, 10,
                        List.of(MUG), null))
                .thenState(state -> {
                    Stock.Open open = (Stock.Open) state;
                    assertThat(open.reserved()).isEqualTo(10);
                    assertThat(open.available()).isZero();
                })
                .when(reserve(UUID.randomUUID(), new Line(MUG, 1))).thenRejects("OUT_OF_STOCK");
    }

    @Test
    void a_reservation_names_all_its_products_and_its_expiry_on_each_products_event() {
        Instant expiresAt = Instant.parse("2026-11-26T10:15:00Z");
        StockCommand.ReserveStock both = new StockCommand.ReserveStock(RESERVATION, ORDER,
                List.of(new Line(TEAPOT, 1), new Line(MUG, 2)), expiresAt);
        StockEvent.StockOpened teapotOpened = new StockEvent.StockOpened(TEAPOT, "TEA-1", 0, 0);
        StockEvent.StockReceived fourTeapots = new StockEvent.StockReceived(TEAPOT, 4, 4, 0);

        stock.given(MUG_OPENED, TEN_MUGS).when(both)
                .then(new StockEvent.StockReserved(MUG, RESERVATION, ORDER, 2, 10, 2, List.of(TEAPOT, MUG), expiresAt));
        stock.given(teapotOpened, fourTeapots).when(both)
                .then(new StockEvent.StockReserved(TEAPOT, RESERVATION, ORDER, 1, 4, 1, List.of(TEAPOT, MUG),
                        expiresAt));
    }

    @Test
    void an_expired_reservations_release_returns_its_units_and_after_a_commit_changes_nothing() {
        StockCommand.ReleaseReservation expired = new StockCommand.ReleaseReservation(RESERVATION, List.of(MUG),
                "RESERVATION_EXPIRED", false);

        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD).when(expired)
                .then(new StockEvent.ReservationReleased(MUG, RESERVATION, 3, "RESERVATION_EXPIRED", 10, 0));
        stock.given(MUG_OPENED, TEN_MUGS, THREE_MUGS_HELD,
                        new StockEvent.ReservationCommitted(MUG, RESERVATION, 3, 7, 0))
                .when(expired).thenNothing()
                .thenState(state -> assertThat(((Stock.Open) state).onHand()).isEqualTo(7));
    }

    @Test
    void a_reservation_stored_before_it_named_its_products_and_expiry_still_folds() {
        StockEvent.StockReserved old = new StockEvent.StockReserved(MUG, RESERVATION, ORDER, 3, 10, 3, null, null);

        assertThat(old.productIds()).isEmpty();
        stock.given(MUG_OPENED, TEN_MUGS, old)
                .when(new StockCommand.CommitReservation(RESERVATION, List.of(MUG)))
                .then(new StockEvent.ReservationCommitted(MUG, RESERVATION, 3, 7, 0));
    }
}
