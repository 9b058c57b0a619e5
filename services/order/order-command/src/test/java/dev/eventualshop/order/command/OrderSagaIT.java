package dev.eventualshop.order.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.order.OrderMessages;
import dev.eventualshop.order.command.domain.SagaIds;
import dev.eventualshop.order.commands.OrderCommand;
import dev.eventualshop.payment.v1.PaymentIntegrationEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The checkout saga in order-command on the embedded broker and H2, with queues standing in for Warehouse's and
 * Payment's command consumers and their replies published as their relays would: every path ends where it should,
 * asks for each step once, and a reply delivered twice or replayed changes nothing.
 */
class OrderSagaIT extends OrderCommandContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().commandServiceProperties("order-saga-it")
                .forEach((name, value) -> registry.add(name, () -> value));
    }

    /** An order placed from a new checkout of {@code customer}, its reservation asked for. */
    UUID placed(String customer) {
        UUID cart = UUID.randomUUID();
        UUID order = Ids.orderId(cart);
        publish(UUID.randomUUID(), checkout(cart, customer));
        Message reserve = askedFor(order);
        assertThat(reserve.getMessageProperties().getType()).isEqualTo("warehouse.ReserveStock");
        assertThat(body(reserve)).contains("\"reservationId\":\"" + SagaIds.reservationId(order) + "\"")
                .contains("\"quantity\":2").contains("\"expiresAt\"");
        return order;
    }

    /** An order of {@code customer} whose stock is reserved and whose payment was asked for. */
    UUID awaitingPayment(String customer) {
        UUID order = placed(customer);
        replyToReservation(UUID.randomUUID(), order, "SUCCEEDED", null);
        Message authorize = askedFor(SagaIds.stepCommandId(order, "authorize-payment"));
        assertThat(body(authorize)).contains("\"paymentId\":\"" + SagaIds.paymentId(order) + "\"")
                .contains("\"amount\":29.80").contains("\"token\":\"tok_visa\"");
        return order;
    }

    UUID confirmed(String customer) {
        UUID order = awaitingPayment(customer);
        publishPayment(UUID.randomUUID(), authorized(order), 2);
        await().atMost(WAIT).until(() -> eventTypes(order).contains("order.OrderConfirmed"));
        return order;
    }

    static PaymentIntegrationEvent.PaymentAuthorized authorized(UUID order) {
        return new PaymentIntegrationEvent.PaymentAuthorized(SagaIds.paymentId(order), order, MUG.times(2));
    }

    void send(UUID commandId, OrderCommand command, String issuer) {
        Message message = TestMessages.command(codec, commandId, command, issuer);
        new RabbitTemplate(connectionFactory).send(Topology.commands(OrderMessages.CONTEXT),
                message.getMessageProperties().getType(), message);
    }

    @Test
    void an_authorized_payment_confirms_the_order_commits_its_stock_and_captures_once_whatever_is_redelivered() {
        String customer = UUID.randomUUID().toString();
        UUID order = placed(customer);
        UUID reply = UUID.randomUUID();
        replyToReservation(reply, order, "SUCCEEDED", null);
        replyToReservation(reply, order, "SUCCEEDED", null);
        replyToReservation(UUID.randomUUID(), order, "SUCCEEDED", null);
        askedFor(SagaIds.stepCommandId(order, "authorize-payment"));
        UUID authorization = UUID.randomUUID();
        publishPayment(authorization, authorized(order), 2);
        publishPayment(authorization, authorized(order), 2);
        publishPayment(UUID.randomUUID(), authorized(order), 2);

        assertThat(body(askedFor(SagaIds.stepCommandId(order, "commit-reservation"))))
                .contains(SagaIds.reservationId(order).toString());
        assertThat(askedFor(SagaIds.stepCommandId(order, "capture-payment")).getMessageProperties().getType())
                .isEqualTo("payment.CapturePayment");
        publishPayment(UUID.randomUUID(), new PaymentIntegrationEvent.PaymentCaptured(SagaIds.paymentId(order), order,
                MUG.times(2)), 3);

        await().atMost(WAIT).until(() -> eventTypes(order).size() == 5);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> eventTypes(order).equals(List.of(
                "order.OrderPlaced", "order.PaymentRequested", "order.PaymentStatusChanged", "order.OrderConfirmed",
                "order.PaymentStatusChanged")));
        for (String step : List.of("authorize-payment", "commit-reservation", "capture-payment")) {
            assertThat(timesAskedFor(SagaIds.stepCommandId(order, step))).as(step).isEqualTo(1);
        }
        assertThat(timesAskedFor(order)).as("reserve").isEqualTo(1);
        assertThat(publishedIntegrationEventTexts(1)).anySatisfy(event -> assertThat(event)
                .startsWith("order.v1.OrderConfirmed").contains(order.toString()).contains(customer));
    }

    @Test
    void a_refused_reservation_cancels_the_order_out_of_stock_and_asks_nothing_more() {
        UUID order = placed(UUID.randomUUID().toString());
        replyToReservation(UUID.randomUUID(), order, "REJECTED", "OUT_OF_STOCK");

        await().atMost(WAIT).until(() -> eventTypes(order).equals(List.of("order.OrderPlaced",
                "order.OrderCancelled")));
        assertThat(publishedIntegrationEventTexts(1)).anySatisfy(event -> assertThat(event)
                .startsWith("order.v1.OrderCancelled").contains(order.toString()).contains("OUT_OF_STOCK"));
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> askedSoFar().stream()
                .noneMatch(id -> id.equals(SagaIds.stepCommandId(order, "authorize-payment"))
                        || id.equals(SagaIds.stepCommandId(order, "release-reservation"))));
    }

    @Test
    void a_declined_payment_cancels_the_order_and_releases_its_stock() {
        UUID order = awaitingPayment(UUID.randomUUID().toString());
        publishPayment(UUID.randomUUID(), new PaymentIntegrationEvent.PaymentDeclined(SagaIds.paymentId(order), order,
                "card_declined"), 2);

        Message release = askedFor(SagaIds.stepCommandId(order, "release-reservation"));
        assertThat(body(release)).contains("PAYMENT_DECLINED");
        assertThat(eventTypes(order)).endsWith("order.PaymentStatusChanged", "order.OrderCancelled");
    }

    @Test
    void a_payment_that_never_answers_times_out_by_the_clock_and_a_late_authorization_confirms_nothing() {
        UUID order = awaitingPayment(UUID.randomUUID().toString());
        clock.advance(Duration.ofMinutes(3));

        askedFor(SagaIds.stepCommandId(order, "release-reservation"));
        assertThat(askedFor(SagaIds.stepCommandId(order, "void-payment")).getMessageProperties().getType())
                .isEqualTo("payment.VoidPayment");
        publishPayment(UUID.randomUUID(), authorized(order), 2);

        await().atMost(WAIT).until(() -> eventTypes(order).getLast().equals("order.PaymentStatusChanged")
                && eventTypes(order).contains("order.OrderCancelled"));
        assertThat(eventTypes(order)).doesNotContain("order.OrderConfirmed");
        assertThat(askedSoFar()).doesNotContain(SagaIds.stepCommandId(order, "capture-payment"));
    }

    @Test
    void the_customer_cancels_a_confirmed_order_which_is_refunded_and_its_stock_returned() {
        String customer = UUID.randomUUID().toString();
        UUID order = confirmed(customer);
        UUID stranger = UUID.randomUUID();
        send(stranger, new OrderCommand.CancelOrder(order, UUID.randomUUID().toString(), Instant.now()), "someone");
        assertThat(outcome(stranger).reason()).isEqualTo("NOT_FOUND");

        UUID cancel = UUID.randomUUID();
        send(cancel, new OrderCommand.CancelOrder(order, customer, Instant.now()), customer);

        assertThat(outcome(cancel).status()).isEqualTo("SUCCEEDED");
        assertThat(body(askedFor(SagaIds.stepCommandId(order, "release-reservation"))))
                .contains("CUSTOMER_CANCELLED");
        assertThat(askedFor(SagaIds.stepCommandId(order, "refund-payment")).getMessageProperties().getType())
                .isEqualTo("payment.RefundPayment");
    }

    @Test
    void an_operator_ships_a_confirmed_order_and_its_customer_reorders_it() {
        String customer = UUID.randomUUID().toString();
        UUID order = confirmed(customer);
        UUID ship = UUID.randomUUID();
        send(ship, new OrderCommand.ShipOrder(order, "admin", Instant.now()), "admin");
        assertThat(outcome(ship).status()).isEqualTo("SUCCEEDED");
        assertThat(publishedIntegrationEventTexts(2)).anySatisfy(event -> assertThat(event)
                .startsWith("order.v1.OrderShipped").contains(order.toString()));

        UUID cart = UUID.randomUUID();
        UUID reorder = UUID.randomUUID();
        send(reorder, new OrderCommand.Reorder(order, customer, cart, Instant.now()), customer);
        Message created = askedFor(SagaIds.stepCommandId(order, "reorder:" + cart));
        assertThat(created.getMessageProperties().getType()).isEqualTo("shoppingcart.CreateCartFromOrder");
        assertThat(body(created)).contains("\"cartId\":\"" + cart + "\"").contains("\"issuer\":\"" + customer + "\"")
                .contains("\"quantity\":2");
    }
}
