package dev.eventualshop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.MessageType;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.order.OrderMessages;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import tools.jackson.databind.JsonNode;

/**
 * API.md's order commands: cancel and reorder for a CUSTOMER, ship for an ADMIN, published to
 * {@code order.commands} with the caller as issuer; a reorder names the new cart; a malformed order id is 400 and
 * a missing role 403, with nothing published.
 */
class OrderCommandsIT extends GatewaySuite {

    static final String QUEUE = "order-command-test.order.commands";

    @BeforeAll
    static void commandQueue() {
        DirectExchange exchange = new DirectExchange(Topology.commands(OrderMessages.CONTEXT), true, false);
        ADMIN.declareExchange(exchange);
        Queue queue = new Queue(QUEUE, true, false, false);
        ADMIN.declareQueue(queue);
        for (String type : OrderMessages.commands().all().stream().map(MessageType::name).toList()) {
            ADMIN.declareBinding(BindingBuilder.bind(queue).to(exchange).with(type));
        }
    }

    @BeforeEach
    void emptyQueue() {
        ADMIN.purgeQueue(QUEUE, false);
    }

    @Test
    void a_customer_cancels_and_reorders_their_order_as_themselves() throws Exception {
        String customer = user();
        String token = TOKENS.valid(customer, "CUSTOMER");
        UUID order = UUID.randomUUID();

        HttpResponse<String> cancelled = post("/api/v1/orders/" + order + "/cancel", token, "");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(202);
        assertThat(json(cancelled).get("resourceId").asString()).isEqualTo(order.toString());
        HttpResponse<String> reordered = post("/api/v1/orders/" + order + "/reorder", token, "");
        assertThat(reordered.statusCode()).as(reordered.body()).isEqualTo(202);
        UUID reorderId = UUID.fromString(json(reordered).get("commandId").asString());
        String cart = json(reordered).get("resourceId").asString();
        assertThat(cart).isEqualTo(Ids.resourceId(reorderId, "cart").toString());

        Message cancel = RABBIT.receive(QUEUE, 5_000);
        assertThat(cancel.getMessageProperties().getType()).isEqualTo("order.CancelOrder");
        assertThat(cancel.getMessageProperties().<String>getHeader(MessageHeaders.ISSUER)).isEqualTo(customer);
        JsonNode cancelBody = JSON.readTree(cancel.getBody());
        assertThat(cancelBody.get("orderId").asString()).isEqualTo(order.toString());
        assertThat(cancelBody.get("issuer").asString()).isEqualTo(customer);
        assertThat(cancelBody.get("at").asString()).isNotBlank();
        JsonNode reorder = JSON.readTree(RABBIT.receive(QUEUE, 5_000).getBody());
        assertThat(reorder.get("cartId").asString()).isEqualTo(cart);
        assertThat(reorder.get("issuer").asString()).isEqualTo(customer);
    }

    @Test
    void only_an_admin_ships_and_only_a_customer_cancels() throws Exception {
        UUID order = UUID.randomUUID();
        String customer = TOKENS.valid(user(), "CUSTOMER");
        String admin = TOKENS.valid(user(), "ADMIN");

        assertThat(post("/api/v1/orders/" + order + "/ship", customer, "").statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/orders/" + order + "/cancel", admin, "").statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/orders/" + order + "/cancel", null, "").statusCode()).isEqualTo(401);
        assertThat(post("/api/v1/orders/not-a-uuid/cancel", customer, "").statusCode()).isEqualTo(400);
        assertThat(RABBIT.receive(QUEUE, 500)).isNull();

        HttpResponse<String> shipped = post("/api/v1/orders/" + order + "/ship", admin, "");
        assertThat(shipped.statusCode()).as(shipped.body()).isEqualTo(202);
        assertThat(RABBIT.receive(QUEUE, 5_000).getMessageProperties().getType()).isEqualTo("order.ShipOrder");
    }
}
