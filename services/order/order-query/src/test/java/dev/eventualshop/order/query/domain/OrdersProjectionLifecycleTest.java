package dev.eventualshop.order.query.domain;

import static dev.eventualshop.order.query.domain.OrdersProjectionTest.ADA;
import static dev.eventualshop.order.query.domain.OrdersProjectionTest.CART;
import static dev.eventualshop.order.query.domain.OrdersProjectionTest.HOME;
import static dev.eventualshop.order.query.domain.OrdersProjectionTest.LINES;
import static dev.eventualshop.order.query.domain.OrdersProjectionTest.ORDER;
import static dev.eventualshop.order.query.domain.OrdersProjectionTest.PLACED_AT;
import static dev.eventualshop.order.query.domain.OrdersProjectionTest.placedView;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.APPLIED;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.DUPLICATE;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.order.internal.OrderEvent;
import dev.eventualshop.order.query.domain.OrderView.CancellationReason;
import dev.eventualshop.order.query.domain.OrderView.Payment;
import dev.eventualshop.order.query.domain.OrderView.PaymentStatus;
import dev.eventualshop.order.query.domain.OrderView.Status;
import dev.eventualshop.order.query.domain.OrderView.Step;
import dev.eventualshop.projection.test.ProjectionSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The order's life after it is placed, as its customer reads it: statuses, the payment, the timeline, reorders. */
class OrdersProjectionLifecycleTest {

    static final String CUSTOMER_ID = "7a1e5b0c-2d3f-4e5a-9b8c-1d2e3f4a5b6c";
    static final Money TOTAL = Money.of("1.00", "EUR");

    static final UUID PAYMENT = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    static final UUID RESERVATION = UUID.fromString("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e");
    static final Instant REQUESTED_AT = PLACED_AT.plusSeconds(2);
    static final Instant CONFIRMED_AT = PLACED_AT.plusSeconds(5);
    static final Instant LATER = PLACED_AT.plusSeconds(3600);

    final ProjectionSpec<OrderView> orders = ProjectionSpec.of(new OrdersProjection()).onStream(ORDER.toString());

    final OrderEvent.OrderPlaced placed = new OrderEvent.OrderPlaced(ORDER, CART, ADA, LINES, Money.of("25.00", "EUR"),
            HOME, "tok_visa", PLACED_AT);
    final OrderEvent.PaymentRequested requested = new OrderEvent.PaymentRequested(ORDER, RESERVATION, PAYMENT,
            Money.of("25.00", "EUR"), PLACED_AT.plusSeconds(900), PLACED_AT.plusSeconds(600), REQUESTED_AT);
    final OrderEvent.OrderConfirmed confirmed = new OrderEvent.OrderConfirmed(ORDER, CUSTOMER_ID, PAYMENT, TOTAL,
            CONFIRMED_AT);

    /** The placed order, then {@code status}, {@code payment} and these further steps. */
    static OrderView view(Status status, CancellationReason reason, PaymentStatus payment, List<UUID> reorderedInto,
                          Step... steps) {
        OrderView placed = placedView();
        List<Step> timeline = new ArrayList<>(placed.timeline());
        timeline.addAll(List.of(steps));
        return new OrderView(ORDER, ADA, status, reason, placed.lines(), placed.total(), placed.shippingAddress(),
                new Payment(payment), timeline, PLACED_AT, PLACED_AT.toEpochMilli(), reorderedInto);
    }

    static OrderView view(Status status, PaymentStatus payment, Step... steps) {
        return view(status, null, payment, List.of(), steps);
    }

    @Test
    void a_payment_request_has_the_order_await_its_pending_payment_from_the_events_time() {
        orders.given(placed).when(requested)
                .then(view(Status.AWAITING_PAYMENT, PaymentStatus.PENDING,
                        new Step(Status.AWAITING_PAYMENT, REQUESTED_AT)))
                .thenVersion(2).thenOwners(ADA).thenAnnounced(2L);
    }

    @Test
    void a_confirmed_order_is_confirmed_from_the_events_time() {
        orders.given(placed, requested).when(confirmed)
                .then(view(Status.CONFIRMED, PaymentStatus.PENDING, new Step(Status.AWAITING_PAYMENT, REQUESTED_AT),
                        new Step(Status.CONFIRMED, CONFIRMED_AT)))
                .thenVersion(3);
    }

    @ParameterizedTest
    @EnumSource(PaymentStatus.class)
    void a_payment_change_moves_the_payment_and_neither_the_status_nor_the_timeline(PaymentStatus status) {
        orders.given(placed, requested)
                .when(new OrderEvent.PaymentStatusChanged(ORDER, PAYMENT, status.name(), LATER))
                .then(view(Status.AWAITING_PAYMENT, status, new Step(Status.AWAITING_PAYMENT, REQUESTED_AT)))
                .thenVersion(3).thenAnnounced(3L);
    }

    @Test
    void a_payment_status_the_view_does_not_know_leaves_the_payment_as_it_was_and_the_stream_moving() {
        orders.given(placed, requested)
                .when(new OrderEvent.PaymentStatusChanged(ORDER, PAYMENT, "CHARGED_BACK", LATER), confirmed)
                .thenOutcomes(APPLIED, APPLIED)
                .then(view(Status.CONFIRMED, PaymentStatus.PENDING, new Step(Status.AWAITING_PAYMENT, REQUESTED_AT),
                        new Step(Status.CONFIRMED, CONFIRMED_AT)))
                .thenVersion(4);
    }

    @ParameterizedTest
    @EnumSource(CancellationReason.class)
    void a_cancelled_order_says_why(CancellationReason reason) {
        orders.given(placed, requested)
                .when(new OrderEvent.OrderCancelled(ORDER, CUSTOMER_ID, reason.name(), true, false, false, LATER))
                .then(view(Status.CANCELLED, reason, PaymentStatus.PENDING, List.of(),
                        new Step(Status.AWAITING_PAYMENT, REQUESTED_AT), new Step(Status.CANCELLED, LATER)));
    }

    @Test
    void a_cancelled_orders_refund_changes_its_payment_and_keeps_it_cancelled_with_its_reason() {
        orders.given(placed, requested, confirmed,
                        new OrderEvent.PaymentStatusChanged(ORDER, PAYMENT, "CAPTURED", CONFIRMED_AT),
                        new OrderEvent.OrderCancelled(ORDER, CUSTOMER_ID, "CUSTOMER_CANCELLED", false, false, true,
                                LATER))
                .when(new OrderEvent.PaymentStatusChanged(ORDER, PAYMENT, "REFUNDED", LATER.plusSeconds(1)))
                .then(view(Status.CANCELLED, CancellationReason.CUSTOMER_CANCELLED, PaymentStatus.REFUNDED, List.of(),
                        new Step(Status.AWAITING_PAYMENT, REQUESTED_AT), new Step(Status.CONFIRMED, CONFIRMED_AT),
                        new Step(Status.CANCELLED, LATER)));
    }

    @Test
    void an_order_out_of_stock_is_cancelled_straight_from_placed() {
        orders.given(placed)
                .when(new OrderEvent.OrderCancelled(ORDER, CUSTOMER_ID, "OUT_OF_STOCK", false, false, false,
                        REQUESTED_AT))
                .then(view(Status.CANCELLED, CancellationReason.OUT_OF_STOCK, PaymentStatus.PENDING, List.of(),
                        new Step(Status.CANCELLED, REQUESTED_AT)));
    }

    @Test
    void a_shipped_order_is_shipped_from_the_events_time() {
        orders.given(placed, requested, confirmed).when(new OrderEvent.OrderShipped(ORDER, CUSTOMER_ID, LATER))
                .then(view(Status.SHIPPED, PaymentStatus.PENDING, new Step(Status.AWAITING_PAYMENT, REQUESTED_AT),
                        new Step(Status.CONFIRMED, CONFIRMED_AT), new Step(Status.SHIPPED, LATER)));
    }

    @Test
    void a_reorder_names_the_new_cart_and_adds_no_step() {
        UUID first = UUID.fromString("4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a");
        UUID second = UUID.fromString("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b");
        OrderEvent.OrderCancelled cancelled = new OrderEvent.OrderCancelled(ORDER, CUSTOMER_ID, "OUT_OF_STOCK", false,
                false, false, REQUESTED_AT);

        orders.given(placed, cancelled)
                .when(new OrderEvent.OrderReordered(ORDER, first, LATER),
                        new OrderEvent.OrderReordered(ORDER, second, LATER.plusSeconds(1)))
                .then(view(Status.CANCELLED, CancellationReason.OUT_OF_STOCK, PaymentStatus.PENDING,
                        List.of(first, second), new Step(Status.CANCELLED, REQUESTED_AT)))
                .thenVersion(4).thenAnnounced(3L, 4L);
    }

    @Test
    void a_redelivered_or_older_event_changes_nothing_and_is_announced_again_at_the_same_version() {
        OrderView confirmedView = view(Status.CONFIRMED, PaymentStatus.PENDING,
                new Step(Status.AWAITING_PAYMENT, REQUESTED_AT), new Step(Status.CONFIRMED, CONFIRMED_AT));

        orders.given(placed, requested, confirmed).when(orders.at(3, confirmed), orders.at(2, requested))
                .thenOutcomes(DUPLICATE, DUPLICATE)
                .then(confirmedView).thenVersion(3)
                .thenAnnounced(3L, 3L);
    }

    @Test
    void an_event_ahead_of_its_predecessor_waits_for_it_then_both_apply_in_order() {
        orders.given(placed).when(orders.at(3, confirmed))
                .thenOutcomes(WAITING).thenWaiting(3L).then(placedView()).thenVersion(1);
        orders.given(placed, orders.at(3, confirmed)).when(orders.at(2, requested))
                .thenOutcomes(APPLIED).thenWaiting().thenVersion(3)
                .then(view(Status.CONFIRMED, PaymentStatus.PENDING, new Step(Status.AWAITING_PAYMENT, REQUESTED_AT),
                        new Step(Status.CONFIRMED, CONFIRMED_AT)));
    }

    @Test
    void every_change_is_announced_to_the_customer_alone() {
        ProjectionSpec<OrderView>.When when = orders.given(placed)
                .when(requested, confirmed, new OrderEvent.OrderShipped(ORDER, CUSTOMER_ID, LATER));

        assertThat(when.announced()).hasSize(3).allSatisfy(update -> {
            assertThat(update.view()).isEqualTo(OrdersProjection.VIEW);
            assertThat(update.id()).isEqualTo(ORDER.toString());
            assertThat(update.owners()).containsExactly(ADA);
        });
    }
}
