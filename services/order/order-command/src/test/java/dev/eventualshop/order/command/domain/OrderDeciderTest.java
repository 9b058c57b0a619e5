package dev.eventualshop.order.command.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.decider.test.DeciderSpec;
import dev.eventualshop.order.OrderLine;
import dev.eventualshop.order.ShippingAddress;
import dev.eventualshop.order.commands.OrderCommand;
import dev.eventualshop.order.internal.OrderEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderDeciderTest {

    static final UUID CART = UUID.fromString("0c5b1a2e-3d4f-4a6b-8c7d-9e0f1a2b3c4d");
    static final UUID ORDER = Ids.orderId(CART);
    static final String ADA = "7a1e5b0c-2d3f-4e5a-9b8c-1d2e3f4a5b6c";
    static final UUID MUG = UUID.fromString("5b8e2f1a-7c3d-4e5f-8a9b-0c1d2e3f4a5b");
    static final UUID TEA = UUID.fromString("6c9f3a2b-8d4e-4f60-9bac-1d2e3f4a5b6c");
    static final Instant AT = Instant.parse("2026-11-26T05:00:00Z");
    static final ShippingAddress HOME = new ShippingAddress("1 Main St", "Springfield", "12345", "DE");
    static final OrderLine MUGS = new OrderLine(MUG, "MUG-1", "Mug", Money.of("14.90", "EUR"), 2,
            Money.of("29.80", "EUR"));
    static final OrderLine TEAS = new OrderLine(TEA, "TEA-1", "Tea", Money.of("4.00", "EUR"), 3,
            Money.of("12.00", "EUR"));

    static final OrderPolicy POLICY = new OrderPolicy(Duration.ofMinutes(15), Duration.ofMinutes(2));
    static final Money TOTAL = Money.of("41.80", "EUR");
    static final UUID PAYMENT = SagaIds.paymentId(ORDER);
    static final Instant LATER = AT.plusSeconds(1);

    final DeciderSpec<OrderCommand, Order, OrderEvent> order = DeciderSpec.of(new OrderDecider(POLICY));

    static OrderCommand.PlaceOrder place(List<OrderLine> lines, Money total) {
        return new OrderCommand.PlaceOrder(ORDER, CART, ADA, lines, total, HOME, "tok_visa", AT);
    }

    static final OrderEvent.OrderPlaced PLACED = new OrderEvent.OrderPlaced(ORDER, CART, ADA, List.of(MUGS, TEAS),
            Money.of("41.80", "EUR"), HOME, "tok_visa", AT);

    @Test
    void a_checkout_places_its_order() {
        order.given().when(place(List.of(MUGS, TEAS), Money.of("41.80", "EUR"))).then(PLACED)
                .thenState(state -> assertThat(state).isEqualTo(new Order.Placed(ORDER, ADA, List.of(MUGS, TEAS),
                        TOTAL, "tok_visa", AT, Order.Status.PLACED, null, false)));
    }

    @Test
    void a_checkout_that_arrives_again_finds_its_order_placed_and_changes_nothing() {
        order.given(PLACED).when(place(List.of(MUGS, TEAS), Money.of("41.80", "EUR"))).thenNothing();
    }

    @Test
    void an_order_is_named_after_its_cart() {
        order.given().when(new OrderCommand.PlaceOrder(UUID.randomUUID(), CART, ADA, List.of(MUGS),
                Money.of("29.80", "EUR"), HOME, "tok_visa", AT)).thenRejects("INVALID");
    }

    @Test
    void figures_that_do_not_add_up_are_refused() {
        order.given().when(place(List.of(MUGS, TEAS), Money.of("41.79", "EUR"))).thenRejects("INVALID");
        order.given().when(place(List.of(new OrderLine(MUG, "MUG-1", "Mug", Money.of("14.90", "EUR"), 2,
                Money.of("14.90", "EUR"))), Money.of("14.90", "EUR"))).thenRejects("INVALID");
        order.given().when(place(List.of(MUGS, new OrderLine(TEA, "TEA-1", "Tea", Money.of("4.00", "USD"), 3,
                Money.of("12.00", "USD"))), Money.of("41.80", "EUR"))).thenRejects("INVALID");
        order.given().when(place(List.of(), Money.of("0.00", "EUR"))).thenRejects("INVALID");
    }

    @Test
    void an_order_needs_a_customer_an_address_a_payment_method_and_a_time() {
        order.given().when(new OrderCommand.PlaceOrder(ORDER, CART, " ", List.of(MUGS), Money.of("29.80", "EUR"),
                HOME, "tok_visa", AT)).thenRejects("INVALID");
        order.given().when(new OrderCommand.PlaceOrder(ORDER, CART, ADA, List.of(MUGS), Money.of("29.80", "EUR"),
                null, "tok_visa", AT)).thenRejects("INVALID");
        order.given().when(new OrderCommand.PlaceOrder(ORDER, CART, ADA, List.of(MUGS), Money.of("29.80", "EUR"),
                HOME, null, AT)).thenRejects("INVALID");
        order.given().when(new OrderCommand.PlaceOrder(ORDER, CART, ADA, List.of(MUGS), Money.of("29.80", "EUR"),
                HOME, "tok_visa", null)).thenRejects("INVALID");
    }

    static final OrderEvent.PaymentRequested PAYMENT_REQUESTED = new OrderEvent.PaymentRequested(ORDER,
            SagaIds.reservationId(ORDER), PAYMENT, TOTAL, AT.plus(Duration.ofMinutes(15)),
            LATER.plus(Duration.ofMinutes(2)), LATER);
    static final OrderEvent.OrderConfirmed CONFIRMED = new OrderEvent.OrderConfirmed(ORDER, ADA, PAYMENT, TOTAL,
            LATER);

    static OrderCommand.RecordPayment payment(String status) {
        return new OrderCommand.RecordPayment(ORDER, PAYMENT, status, null, LATER);
    }

    static OrderEvent.PaymentStatusChanged paymentIs(String status) {
        return new OrderEvent.PaymentStatusChanged(ORDER, PAYMENT, status, LATER);
    }

    @Test
    void reserved_stock_asks_for_the_payment_with_both_deadlines() {
        order.given(PLACED).when(new OrderCommand.RecordStockReservation(ORDER, true, null, LATER))
                .then(PAYMENT_REQUESTED)
                .thenState(state -> assertThat(((Order.Placed) state).status())
                        .isEqualTo(Order.Status.AWAITING_PAYMENT));
    }

    @Test
    void a_refused_reservation_cancels_the_order_out_of_stock_with_nothing_to_undo() {
        order.given(PLACED).when(new OrderCommand.RecordStockReservation(ORDER, false, "OUT_OF_STOCK", LATER))
                .then(new OrderEvent.OrderCancelled(ORDER, ADA, "OUT_OF_STOCK", false, false, false, LATER));
    }

    @Test
    void a_reservation_reply_that_comes_again_changes_nothing() {
        order.given(PLACED, PAYMENT_REQUESTED).when(new OrderCommand.RecordStockReservation(ORDER, true, null, LATER))
                .thenNothing();
        order.given(PLACED, PAYMENT_REQUESTED)
                .when(new OrderCommand.RecordStockReservation(ORDER, false, "OUT_OF_STOCK", LATER)).thenNothing();
    }

    @Test
    void an_authorized_payment_confirms_the_order() {
        order.given(PLACED, PAYMENT_REQUESTED).when(payment("AUTHORIZED"))
                .then(paymentIs("AUTHORIZED"), CONFIRMED)
                .thenState(state -> assertThat(((Order.Placed) state).status()).isEqualTo(Order.Status.CONFIRMED));
    }

    @Test
    void a_declined_payment_cancels_the_order_and_releases_its_stock() {
        order.given(PLACED, PAYMENT_REQUESTED).when(payment("DECLINED"))
                .then(paymentIs("DECLINED"),
                        new OrderEvent.OrderCancelled(ORDER, ADA, "PAYMENT_DECLINED", true, false, false, LATER));
    }

    @Test
    void a_payment_report_that_comes_again_changes_nothing() {
        order.given(PLACED, PAYMENT_REQUESTED, paymentIs("AUTHORIZED"), CONFIRMED).when(payment("AUTHORIZED"))
                .thenNothing();
    }

    @Test
    void later_payment_reports_only_change_the_payment_status() {
        order.given(PLACED, PAYMENT_REQUESTED, paymentIs("AUTHORIZED"), CONFIRMED).when(payment("CAPTURED"))
                .then(paymentIs("CAPTURED"));
        OrderEvent.OrderCancelled timedOut = new OrderEvent.OrderCancelled(ORDER, ADA, "PAYMENT_TIMEOUT", true, true,
                false, LATER);
        order.given(PLACED, PAYMENT_REQUESTED, paymentIs("TIMED_OUT"), timedOut).when(payment("AUTHORIZED"))
                .then(paymentIs("AUTHORIZED"));
    }

    @Test
    void a_payment_report_for_another_payment_or_status_is_refused() {
        order.given(PLACED, PAYMENT_REQUESTED).when(new OrderCommand.RecordPayment(ORDER, UUID.randomUUID(),
                "AUTHORIZED", null, LATER)).thenRejects("INVALID");
        order.given(PLACED, PAYMENT_REQUESTED).when(payment("TIMED_OUT")).thenRejects("INVALID");
        order.given(PLACED, PAYMENT_REQUESTED).when(payment("PAID")).thenRejects("INVALID");
    }

    @Test
    void the_payment_deadline_cancels_a_waiting_order_and_voids_its_payment() {
        Instant due = LATER.plus(Duration.ofMinutes(2));
        order.given(PLACED, PAYMENT_REQUESTED).when(new OrderCommand.TimeOutPayment(ORDER, due))
                .then(new OrderEvent.PaymentStatusChanged(ORDER, PAYMENT, "TIMED_OUT", due),
                        new OrderEvent.OrderCancelled(ORDER, ADA, "PAYMENT_TIMEOUT", true, true, false, due));
        order.given(PLACED, PAYMENT_REQUESTED, paymentIs("AUTHORIZED"), CONFIRMED)
                .when(new OrderCommand.TimeOutPayment(ORDER, due)).thenNothing();
    }

    @Test
    void the_reservation_deadline_cancels_a_waiting_order() {
        Instant due = AT.plus(Duration.ofMinutes(15));
        order.given(PLACED, PAYMENT_REQUESTED).when(new OrderCommand.ExpireReservation(ORDER, due))
                .then(new OrderEvent.OrderCancelled(ORDER, ADA, "RESERVATION_EXPIRED", true, true, false, due));
        order.given(PLACED, PAYMENT_REQUESTED, paymentIs("AUTHORIZED"), CONFIRMED)
                .when(new OrderCommand.ExpireReservation(ORDER, due)).thenNothing();
    }

    @Test
    void an_order_whose_reservation_was_never_answered_expires_and_releases_what_may_come() {
        Instant due = AT.plus(Duration.ofMinutes(15));
        order.given(PLACED).when(new OrderCommand.ExpireReservation(ORDER, due))
                .then(new OrderEvent.OrderCancelled(ORDER, ADA, "RESERVATION_EXPIRED", true, false, false, due));
        order.given(PLACED, new OrderEvent.OrderCancelled(ORDER, ADA, "RESERVATION_EXPIRED", true, false, false, due))
                .when(new OrderCommand.RecordStockReservation(ORDER, true, null, due.plusSeconds(1))).thenNothing();
    }

    @Test
    void the_customer_cancels_before_shipping_and_what_was_done_is_undone() {
        OrderCommand.CancelOrder cancel = new OrderCommand.CancelOrder(ORDER, ADA, LATER);
        order.given(PLACED, PAYMENT_REQUESTED).when(cancel)
                .then(new OrderEvent.OrderCancelled(ORDER, ADA, "CUSTOMER_CANCELLED", true, true, false, LATER));
        order.given(PLACED, PAYMENT_REQUESTED, paymentIs("AUTHORIZED"), CONFIRMED).when(cancel)
                .then(new OrderEvent.OrderCancelled(ORDER, ADA, "CUSTOMER_CANCELLED", true, false, true, LATER));
        order.given(PLACED).when(cancel).thenRejects("ORDER_IN_PROGRESS");
        order.given(PLACED, PAYMENT_REQUESTED, paymentIs("AUTHORIZED"), CONFIRMED,
                new OrderEvent.OrderShipped(ORDER, ADA, LATER)).when(cancel).thenRejects("ORDER_SHIPPED");
        order.given(PLACED, new OrderEvent.OrderCancelled(ORDER, ADA, "OUT_OF_STOCK", false, false, false, LATER))
                .when(cancel).thenNothing();
    }

    @Test
    void another_users_order_is_not_found() {
        String mallory = UUID.randomUUID().toString();
        order.given(PLACED, PAYMENT_REQUESTED).when(new OrderCommand.CancelOrder(ORDER, mallory, LATER))
                .thenRejects("NOT_FOUND");
        order.given(PLACED).when(new OrderCommand.Reorder(ORDER, mallory, UUID.randomUUID(), LATER))
                .thenRejects("NOT_FOUND");
        order.given().when(new OrderCommand.CancelOrder(ORDER, ADA, LATER)).thenRejects("NOT_FOUND");
        order.given().when(new OrderCommand.ShipOrder(ORDER, "admin", LATER)).thenRejects("NOT_FOUND");
    }

    @Test
    void only_a_confirmed_order_ships() {
        OrderCommand.ShipOrder ship = new OrderCommand.ShipOrder(ORDER, "admin", LATER);
        OrderEvent.OrderShipped shipped = new OrderEvent.OrderShipped(ORDER, ADA, LATER);
        order.given(PLACED, PAYMENT_REQUESTED, paymentIs("AUTHORIZED"), CONFIRMED).when(ship).then(shipped)
                .thenState(state -> assertThat(((Order.Placed) state).status()).isEqualTo(Order.Status.SHIPPED));
        order.given(PLACED, PAYMENT_REQUESTED, paymentIs("AUTHORIZED"), CONFIRMED, shipped).when(ship).thenNothing();
        order.given(PLACED, PAYMENT_REQUESTED).when(ship).thenRejects("ORDER_NOT_CONFIRMED");
    }

    @Test
    void the_customer_reorders_into_a_new_cart() {
        UUID cart = UUID.randomUUID();
        order.given(PLACED, new OrderEvent.OrderCancelled(ORDER, ADA, "PAYMENT_DECLINED", true, false, false, LATER))
                .when(new OrderCommand.Reorder(ORDER, ADA, cart, LATER))
                .then(new OrderEvent.OrderReordered(ORDER, cart, LATER));
    }
}
