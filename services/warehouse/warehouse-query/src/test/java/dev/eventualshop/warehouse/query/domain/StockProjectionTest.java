package dev.eventualshop.warehouse.query.domain;

import static dev.eventualshop.projection.ProjectionRunner.Outcome.APPLIED;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.DUPLICATE;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.projection.test.ProjectionSpec;
import dev.eventualshop.warehouse.internal.StockEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StockProjectionTest {

    static final UUID MUG = UUID.fromString("0b3a6c2e-4f1d-4e5a-8b7c-9d0e1f2a3b4c");
    static final UUID RESERVATION = UUID.fromString("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9");
    static final UUID ORDER = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

    static final StockEvent.StockOpened OPENED = new StockEvent.StockOpened(MUG, "MUG-001", 0, 0);
    static final StockEvent.StockReceived RECEIVED = new StockEvent.StockReceived(MUG, 10, 10, 0);
    static final StockEvent.StockReserved RESERVED = new StockEvent.StockReserved(MUG, RESERVATION, ORDER, 3, 10, 3,
            List.of(MUG), Instant.parse("2026-11-26T10:15:00Z"));
    static final StockEvent.ReservationCommitted COMMITTED =
            new StockEvent.ReservationCommitted(MUG, RESERVATION, 3, 7, 0);
    static final StockEvent.ReservationReleased RELEASED =
            new StockEvent.ReservationReleased(MUG, RESERVATION, 3, "RESERVATION_EXPIRED", 10, 0);
    static final StockEvent.StockAdjusted BROKEN = new StockEvent.StockAdjusted(MUG, -2, "broken", 5, 0);

    final ProjectionSpec<StockView> stocks = ProjectionSpec.of(new StockProjection()).onStream(MUG.toString());

    static StockView stock(long onHand, long reserved, long available) {
        return new StockView(MUG, "MUG-001", onHand, reserved, available);
    }

    @Test
    void an_opened_stock_is_empty_with_its_sku_and_owned_by_no_user() {
        stocks.given().when(OPENED).then(stock(0, 0, 0)).thenVersion(1).thenOwners().thenAnnounced(1L);
    }

    @Test
    void received_units_are_on_hand_and_available() {
        stocks.given(OPENED).when(RECEIVED).then(stock(10, 0, 10)).thenVersion(2);
    }

    @Test
    void reserved_units_stay_on_hand_but_are_no_longer_available() {
        stocks.given(OPENED, RECEIVED).when(RESERVED).then(stock(10, 3, 7)).thenVersion(3);
    }

    @Test
    void a_committed_reservation_leaves_the_warehouse() {
        stocks.given(OPENED, RECEIVED, RESERVED).when(COMMITTED).then(stock(7, 0, 7));
    }

    @Test
    void a_released_reservation_is_available_again() {
        stocks.given(OPENED, RECEIVED, RESERVED).when(RELEASED).then(stock(10, 0, 10));
    }

    @Test
    void an_adjustment_sets_the_quantities_it_leaves() {
        stocks.given(OPENED, RECEIVED, RESERVED, COMMITTED).when(BROKEN).then(stock(5, 0, 5)).thenVersion(5);
    }

    @Test
    void duplicates_change_nothing() {
        stocks.given(OPENED, RECEIVED, RESERVED)
                .when(stocks.at(2, RECEIVED), stocks.at(1, OPENED), stocks.at(3, RESERVED))
                .thenOutcomes(DUPLICATE, DUPLICATE, DUPLICATE)
                .then(stock(10, 3, 7)).thenVersion(3);
    }

    @Test
    void an_event_before_the_opening_waits_and_shows_nothing() {
        stocks.given().when(stocks.at(2, RECEIVED)).thenOutcomes(WAITING).thenWaiting(2L).thenNoView();
    }

    @Test
    void out_of_order_events_end_as_in_order() {
        stocks.given()
                .when(stocks.at(4, COMMITTED), stocks.at(2, RECEIVED), stocks.at(3, RESERVED), stocks.at(1, OPENED))
                .thenOutcomes(WAITING, WAITING, WAITING, APPLIED)
                .then(stock(7, 0, 7)).thenVersion(4).thenWaiting();
    }

    @Test
    void another_contexts_event_leaves_the_view_as_it_is() {
        StockView opened = stock(0, 0, 0);
        assertThat(new StockProjection().evolve(opened, "not an event")).isSameAs(opened);
    }
}
