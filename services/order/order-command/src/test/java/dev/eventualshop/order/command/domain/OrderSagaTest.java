package dev.eventualshop.order.command.domain;

import static dev.eventualshop.order.command.domain.OrderDeciderTest.ADA;
import static dev.eventualshop.order.command.domain.OrderDeciderTest.AT;
import static dev.eventualshop.order.command.domain.OrderDeciderTest.CONFIRMED;
import static dev.eventualshop.order.command.domain.OrderDeciderTest.LATER;
import static dev.eventualshop.order.command.domain.OrderDeciderTest.MUG;
import static dev.eventualshop.order.command.domain.OrderDeciderTest.ORDER;
import static dev.eventualshop.order.command.domain.OrderDeciderTest.PAYMENT;
import static dev.eventualshop.order.command.domain.OrderDeciderTest.PAYMENT_REQUESTED;
import static dev.eventualshop.order.command.domain.OrderDeciderTest.PLACED;
import static dev.eventualshop.order.command.domain.OrderDeciderTest.POLICY;
import static dev.eventualshop.order.command.domain.OrderDeciderTest.TEA;
import static dev.eventualshop.order.command.domain.OrderDeciderTest.TOTAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.eventstore.pipeline.DeadlineChange;
import dev.eventualshop.eventstore.pipeline.OutgoingCommand;
import dev.eventualshop.order.commands.OrderCommand;
import dev.eventualshop.order.internal.OrderEvent;
import dev.eventualshop.payment.commands.PaymentCommand;
import dev.eventualshop.shoppingcart.commands.CartCommand;
import dev.eventualshop.warehouse.commands.StockCommand;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What each order event asks of Warehouse, Payment and Shopping Cart, and the deadlines it sets. */
class OrderSagaTest {

    final OrderDecider decider = new OrderDecider(POLICY);
    final OrderSaga saga = new OrderSaga(decider);
    final UUID reservation = SagaIds.reservationId(ORDER);

    /** The commands the last of {@code history} sends, given the state the history leaves. */
    List<OutgoingCommand> sends(OrderEvent... history) {
        Order state = decider.fold(decider.initialState(), List.of(history));
        return saga.sends(state, history[history.length - 1]);
    }

    @Test
    void a_placed_order_reserves_its_lines_under_its_own_id_until_the_reservation_expires() {
        assertThat(sends(PLACED)).containsExactly(new OutgoingCommand(ORDER, new StockCommand.ReserveStock(
                reservation, ORDER, List.of(new StockCommand.ReserveStock.Line(MUG, 2),
                new StockCommand.ReserveStock.Line(TEA, 3)), AT.plus(Duration.ofMinutes(15)))));
    }

    @Test
    void reserved_stock_asks_payment_for_the_total_with_the_orders_token() {
        assertThat(sends(PLACED, PAYMENT_REQUESTED)).containsExactly(new OutgoingCommand(
                SagaIds.stepCommandId(ORDER, "authorize-payment"),
                new PaymentCommand.AuthorizePayment(PAYMENT, ORDER, ADA, TOTAL, "tok_visa")));
    }

    @Test
    void a_confirmed_order_commits_its_stock_and_captures_its_payment() {
        assertThat(sends(PLACED, PAYMENT_REQUESTED, CONFIRMED)).containsExactly(
                new OutgoingCommand(SagaIds.stepCommandId(ORDER, "commit-reservation"),
                        new StockCommand.CommitReservation(reservation, List.of(MUG, TEA))),
                new OutgoingCommand(SagaIds.stepCommandId(ORDER, "capture-payment"),
                        new PaymentCommand.CapturePayment(PAYMENT)));
    }

    @Test
    void a_cancellation_undoes_what_it_names() {
        assertThat(sends(PLACED, PAYMENT_REQUESTED, new OrderEvent.OrderCancelled(ORDER, ADA, "PAYMENT_TIMEOUT", true,
                true, false, LATER))).containsExactly(
                new OutgoingCommand(SagaIds.stepCommandId(ORDER, "release-reservation"),
                        new StockCommand.ReleaseReservation(reservation, List.of(MUG, TEA), "PAYMENT_TIMEOUT", true)),
                new OutgoingCommand(SagaIds.stepCommandId(ORDER, "void-payment"),
                        new PaymentCommand.VoidPayment(PAYMENT)));
        assertThat(sends(PLACED, PAYMENT_REQUESTED, CONFIRMED, new OrderEvent.OrderCancelled(ORDER, ADA,
                "CUSTOMER_CANCELLED", true, false, true, LATER))).containsExactly(
                new OutgoingCommand(SagaIds.stepCommandId(ORDER, "release-reservation"),
                        new StockCommand.ReleaseReservation(reservation, List.of(MUG, TEA), "CUSTOMER_CANCELLED", true)),
                new OutgoingCommand(SagaIds.stepCommandId(ORDER, "refund-payment"),
                        new PaymentCommand.RefundPayment(PAYMENT)));
        assertThat(sends(PLACED, new OrderEvent.OrderCancelled(ORDER, ADA, "OUT_OF_STOCK", false, false, false,
                LATER))).isEmpty();
    }

    @Test
    void money_reported_moved_for_a_cancelled_order_is_undone_again() {
        OrderEvent.OrderCancelled timedOut = new OrderEvent.OrderCancelled(ORDER, ADA, "PAYMENT_TIMEOUT", true, true,
                false, LATER);
        assertThat(sends(PLACED, PAYMENT_REQUESTED, timedOut, new OrderEvent.PaymentStatusChanged(ORDER, PAYMENT,
                "AUTHORIZED", LATER))).containsExactly(new OutgoingCommand(
                SagaIds.stepCommandId(ORDER, "void-late-authorization"), new PaymentCommand.VoidPayment(PAYMENT)));
        OrderEvent.OrderCancelled regret = new OrderEvent.OrderCancelled(ORDER, ADA, "CUSTOMER_CANCELLED", true, false,
                true, LATER);
        assertThat(sends(PLACED, PAYMENT_REQUESTED, CONFIRMED, regret, new OrderEvent.PaymentStatusChanged(ORDER,
                PAYMENT, "CAPTURED", LATER))).containsExactly(new OutgoingCommand(
                SagaIds.stepCommandId(ORDER, "refund-late-capture"), new PaymentCommand.RefundPayment(PAYMENT)));
        assertThat(sends(PLACED, PAYMENT_REQUESTED, CONFIRMED, new OrderEvent.PaymentStatusChanged(ORDER, PAYMENT,
                "CAPTURED", LATER))).as("a confirmed order keeps its money").isEmpty();
    }

    @Test
    void a_reorder_opens_the_new_cart_with_the_orders_lines_for_shopping_cart_to_price() {
        UUID cart = UUID.randomUUID();
        assertThat(sends(PLACED, new OrderEvent.OrderReordered(ORDER, cart, LATER))).containsExactly(
                new OutgoingCommand(SagaIds.stepCommandId(ORDER, "reorder:" + cart),
                        new CartCommand.CreateCartFromOrder(cart, ADA, ORDER, List.of(
                                new CartCommand.CreateCartFromOrder.Item(MUG, 2, null, null, null),
                                new CartCommand.CreateCartFromOrder.Item(TEA, 3, null, null, null)))));
    }

    @Test
    void the_placing_sets_the_reservations_expiry_asking_for_the_payment_its_timeout_and_the_outcome_clears_both() {
        assertThat(saga.deadlines(PLACED)).containsExactly(
                DeadlineChange.schedule(SagaIds.deadlineId(ORDER, OrderSaga.RESERVATION_EXPIRY),
                        PAYMENT_REQUESTED.reservationExpiresAt(),
                        new OrderCommand.ExpireReservation(ORDER, PAYMENT_REQUESTED.reservationExpiresAt())));
        assertThat(saga.deadlines(PAYMENT_REQUESTED)).containsExactly(
                DeadlineChange.schedule(SagaIds.deadlineId(ORDER, OrderSaga.PAYMENT_TIMEOUT),
                        PAYMENT_REQUESTED.paymentDueAt(),
                        new OrderCommand.TimeOutPayment(ORDER, PAYMENT_REQUESTED.paymentDueAt())));
        assertThat(saga.deadlines(CONFIRMED)).containsExactly(
                DeadlineChange.cancel(SagaIds.deadlineId(ORDER, OrderSaga.RESERVATION_EXPIRY)),
                DeadlineChange.cancel(SagaIds.deadlineId(ORDER, OrderSaga.PAYMENT_TIMEOUT)));
    }
}
