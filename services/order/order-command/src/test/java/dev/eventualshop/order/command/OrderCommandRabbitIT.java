package dev.eventualshop.order.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.order.command.domain.SagaIds;
import dev.eventualshop.payment.v1.PaymentIntegrationEvent;
import dev.eventualshop.messaging.testing.RealRabbit;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The smoke tests on this machine's real RabbitMQ (a virtual host of its own): a checkout twice, one order; the
 * saga from reservation to confirmation on Warehouse's reply and Payment's event.
 */
class OrderCommandRabbitIT extends OrderCommandContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:order-command-rabbit-it;MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
        RealRabbit.register(registry, "order-command");
    }

    @Test
    void a_checkout_delivered_twice_places_one_order() {
        UUID cart = UUID.randomUUID();
        UUID messageId = UUID.randomUUID();
        publish(messageId, checkout(cart, UUID.randomUUID().toString()));
        publish(messageId, checkout(cart, UUID.randomUUID().toString()));

        UUID order = Ids.orderId(cart);
        await().atMost(WAIT).until(() -> eventTypes(order).contains("order.OrderPlaced"));
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> eventTypes(order).size() == 1);
        assertThat(publishedDomainEvents(1)).hasSize(1);
    }

    @Test
    void a_reserved_and_authorized_order_is_confirmed_and_its_stock_committed_and_payment_captured() {
        UUID cart = UUID.randomUUID();
        UUID order = Ids.orderId(cart);
        publish(UUID.randomUUID(), checkout(cart, UUID.randomUUID().toString()));
        askedFor(order);
        replyToReservation(UUID.randomUUID(), order, "SUCCEEDED", null);
        askedFor(SagaIds.stepCommandId(order, "authorize-payment"));
        publishPayment(UUID.randomUUID(), new PaymentIntegrationEvent.PaymentAuthorized(SagaIds.paymentId(order), order,
                MUG.times(2)), 2);

        askedFor(SagaIds.stepCommandId(order, "commit-reservation"));
        askedFor(SagaIds.stepCommandId(order, "capture-payment"));
        assertThat(eventTypes(order)).contains("order.OrderConfirmed");
    }
}
