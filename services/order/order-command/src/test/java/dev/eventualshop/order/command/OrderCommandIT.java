package dev.eventualshop.order.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.order.command.infrastructure.OrderCommandConfiguration;
import dev.eventualshop.shoppingcart.v1.ShoppingCartIntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * order-command on the embedded broker and H2: a checkout places its order once, however often it is delivered or
 * replayed, and the relay publishes the order's domain events; a checkout that does not add up places nothing.
 */
class OrderCommandIT extends OrderCommandContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().commandServiceProperties("order-command-it")
                .forEach((name, value) -> registry.add(name, () -> value));
    }

    @Test
    void a_checkout_delivered_twice_and_replayed_places_exactly_one_order() {
        UUID cart = UUID.randomUUID();
        String customer = UUID.randomUUID().toString();
        UUID messageId = UUID.randomUUID();
        UUID order = Ids.orderId(cart);

        publish(messageId, checkout(cart, customer));
        publish(messageId, checkout(cart, customer));
        UUID replay = UUID.randomUUID();
        publish(replay, checkout(cart, customer));

        await().atMost(WAIT).until(() -> eventTypes(order).contains("order.OrderPlaced"));
        UUID replayCommand = Ids.reactionCommandId(replay, OrderCommandConfiguration.PLACE_ORDER_REACTION);
        assertThat(outcome(replayCommand).status()).isEqualTo("SUCCEEDED");
        UUID placing = Ids.reactionCommandId(messageId, OrderCommandConfiguration.PLACE_ORDER_REACTION);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> jdbc.queryForObject(
                "select count(*) from commands where command_id = ?", Integer.class, placing) == 1);
        assertThat(eventTypes(order)).containsExactly("order.OrderPlaced");

        List<Message> published = publishedDomainEvents(1);
        assertThat(published).hasSize(1);
        String placed = new String(published.getFirst().getBody(), StandardCharsets.UTF_8);
        assertThat(placed).contains("\"orderId\":\"" + order + "\"").contains("\"customerId\":\"" + customer + "\"")
                .contains("\"amount\":29.80").contains("\"placedAt\"");
    }

    @Test
    void a_checkout_whose_figures_do_not_add_up_places_nothing() {
        UUID cart = UUID.randomUUID();
        ShoppingCartIntegrationEvent.CartCheckedOut honest = checkout(cart, UUID.randomUUID().toString());
        ShoppingCartIntegrationEvent.CartCheckedOut wrongTotal = new ShoppingCartIntegrationEvent.CartCheckedOut(cart,
                honest.orderId(), honest.customerId(), honest.lines(), MUG, honest.shippingAddress(),
                honest.paymentToken());
        UUID messageId = UUID.randomUUID();

        publish(messageId, wrongTotal);

        UUID command = Ids.reactionCommandId(messageId, OrderCommandConfiguration.PLACE_ORDER_REACTION);
        assertThat(outcome(command).reason()).isEqualTo("INVALID");
        assertThat(eventTypes(Ids.orderId(cart))).isEmpty();
    }
}
