package dev.eventualshop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.MessageType;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.shoppingcart.ShoppingCartMessages;
import java.net.http.HttpRequest;
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
 * API.md's cart commands: published to {@code shoppingcart.commands} with the caller as issuer and no price; a
 * price, a customer or any other unknown field, a quantity out of 1..99 or not a whole number, a malformed id or
 * token is 400 and nothing is published; a caller without the CUSTOMER role gets 403.
 */
class CartCommandsIT extends GatewaySuite {

    static final String QUEUE = "shopping-cart-command-test.shoppingcart.commands";

    @BeforeAll
    static void commandQueue() {
        DirectExchange exchange = new DirectExchange(Topology.commands(ShoppingCartMessages.CONTEXT), true, false);
        ADMIN.declareExchange(exchange);
        Queue queue = new Queue(QUEUE, true, false, false);
        ADMIN.declareQueue(queue);
        for (String type : ShoppingCartMessages.commands().all().stream().map(MessageType::name).toList()) {
            ADMIN.declareBinding(BindingBuilder.bind(queue).to(exchange).with(type));
        }
    }

    @BeforeEach
    void emptyQueue() {
        ADMIN.purgeQueue(QUEUE, false);
    }

    @Test
    void a_customer_creates_a_cart_and_adds_an_item_without_a_price() throws Exception {
        String customer = user();
        String token = TOKENS.valid(customer, "CUSTOMER");

        HttpResponse<String> created = post("/api/v1/carts", token, "{}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(202);
        UUID commandId = UUID.fromString(json(created).get("commandId").asString());
        String cartId = json(created).get("resourceId").asString();
        assertThat(cartId).isEqualTo(Ids.resourceId(commandId, "cart").toString());
        UUID named = UUID.randomUUID();
        assertThat(json(post("/api/v1/carts", token, "{\"cartId\": \"" + named + "\"}")).get("resourceId").asString())
                .isEqualTo(named.toString());
        UUID product = UUID.randomUUID();
        assertThat(post("/api/v1/carts/" + cartId + "/items", token,
                "{\"productId\": \"" + product + "\", \"quantity\": 2}").statusCode()).isEqualTo(202);

        JsonNode create = JSON.readTree(RABBIT.receive(QUEUE, 5_000).getBody());
        assertThat(create.get("cartId").asString()).isEqualTo(cartId);
        assertThat(create.get("issuer").asString()).isEqualTo(customer);
        RABBIT.receive(QUEUE, 5_000);
        Message add = RABBIT.receive(QUEUE, 5_000);
        assertThat(add.getMessageProperties().getType()).isEqualTo("shoppingcart.AddItem");
        assertThat(add.getMessageProperties().<String>getHeader(MessageHeaders.ISSUER)).isEqualTo(customer);
        JsonNode item = JSON.readTree(add.getBody());
        assertThat(item.get("issuer").asString()).isEqualTo(customer);
        assertThat(item.get("quantity").asInt()).isEqualTo(2);
        assertThat(item.path("unitPrice").isNull() || item.path("unitPrice").isMissingNode()).isTrue();
    }

    @Test
    void a_checkout_names_the_order_of_the_cart_and_carries_no_price_nor_confirmation_from_the_client()
            throws Exception {
        String customer = user();
        String token = TOKENS.valid(customer, "CUSTOMER");
        UUID cartId = UUID.randomUUID();

        HttpResponse<String> checkout = post("/api/v1/carts/" + cartId + "/checkout", token,
                "{\"prices\": [{\"productId\": \"" + UUID.randomUUID() + "\", \"unitPrice\": {\"amount\": 0.01}}], "
                        + "\"emailConfirmed\": true}");
        assertThat(checkout.statusCode()).as(checkout.body()).isEqualTo(202);
        assertThat(json(checkout).get("resourceId").asString()).isEqualTo(Ids.orderId(cartId).toString());

        Message published = RABBIT.receive(QUEUE, 5_000);
        assertThat(published.getMessageProperties().getType()).isEqualTo("shoppingcart.CheckOutCart");
        JsonNode command = JSON.readTree(published.getBody());
        assertThat(command.get("cartId").asString()).isEqualTo(cartId.toString());
        assertThat(command.get("issuer").asString()).isEqualTo(customer);
        assertThat(command.get("prices").isEmpty()).isTrue();
        assertThat(command.get("emailConfirmed").asBoolean()).isFalse();
    }

    @Test
    void every_other_cart_command_is_published_for_the_caller() throws Exception {
        String token = TOKENS.valid(user(), "CUSTOMER");
        String cart = "/api/v1/carts/" + UUID.randomUUID();
        String product = UUID.randomUUID().toString();

        assertThat(send(put(cart + "/items/" + product, token, "{\"quantity\": 3}")).statusCode()).isEqualTo(202);
        assertThat(send(delete(cart + "/items/" + product, token)).statusCode()).isEqualTo(202);
        assertThat(send(put(cart + "/shipping-address", token, "{\"street\": \"1 Main St\", \"city\": \"Springfield\", "
                + "\"postalCode\": \"12345\", \"country\": \"US\"}")).statusCode()).isEqualTo(202);
        assertThat(send(put(cart + "/payment-method", token, "{\"token\": \"tok_visa\"}")).statusCode()).isEqualTo(202);
        assertThat(send(delete(cart, token)).statusCode()).isEqualTo(202);

        for (String type : new String[] {"shoppingcart.ChangeQuantity", "shoppingcart.RemoveItem",
                "shoppingcart.SetShippingAddress", "shoppingcart.SetPaymentMethod", "shoppingcart.DiscardCart"}) {
            assertThat(RABBIT.receive(QUEUE, 5_000).getMessageProperties().getType()).isEqualTo(type);
        }
    }

    @Test
    void hostile_cart_requests_are_400_and_nothing_is_published() throws Exception {
        String token = TOKENS.valid(user(), "CUSTOMER");
        String items = "/api/v1/carts/" + UUID.randomUUID() + "/items";
        String product = UUID.randomUUID().toString();
        for (String quantity : new String[] {"0", "-1", "100", "2147483648", "1e309", "\"2\"", "2.5", "null"}) {
            assertProblem(post(items, token, "{\"productId\": \"" + product + "\", \"quantity\": " + quantity + "}"),
                    400);
        }
        assertProblem(post(items, token, "{\"productId\": \"" + product + "\", \"quantity\": 1, \"price\": "
                + "{\"amount\": \"0.01\", \"currency\": \"EUR\"}}"), 400);
        assertProblem(post(items, token, "{\"productId\": \"" + product + "\", \"quantity\": 1, \"unitPrice\": 1}"), 400);
        assertProblem(post(items, token, "{\"productId\": \"" + product + "\", \"quantity\": 1, \"customerId\": \""
                + UUID.randomUUID() + "\"}"), 400);
        assertProblem(post(items, token, "{\"productId\": \"not-a-uuid\", \"quantity\": 1}"), 400);
        assertProblem(post("/api/v1/carts/not-a-uuid/items", token, "{\"productId\": \"" + product
                + "\", \"quantity\": 1}"), 400);
        assertProblem(post("/api/v1/carts", token, "{\"customerId\": \"" + UUID.randomUUID() + "\"}"), 400);
        assertProblem(send(put("/api/v1/carts/" + UUID.randomUUID() + "/payment-method", token,
                "{\"token\": \"4111 1111 1111 1111\"}")), 400);

        assertThat(RABBIT.receive(QUEUE, 300)).isNull();
    }

    @Test
    void a_caller_without_the_customer_role_gets_403_and_an_anonymous_one_401() throws Exception {
        assertProblem(post("/api/v1/carts", TOKENS.valid(user(), "ADMIN"), "{}"), 403);
        assertProblem(post("/api/v1/carts", null, "{}"), 401);
        assertThat(RABBIT.receive(QUEUE, 300)).isNull();
    }

    private HttpRequest.Builder put(String path, String token, String body) {
        return request(path).header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpRequest.Builder delete(String path, String token) {
        return request(path).header("Authorization", "Bearer " + token).DELETE();
    }
}
