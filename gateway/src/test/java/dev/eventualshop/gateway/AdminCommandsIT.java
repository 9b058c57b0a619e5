package dev.eventualshop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.MessageType;
import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.warehouse.WarehouseMessages;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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
 * API.md's catalog and stock commands: an ADMIN's are published to {@code catalog.commands} (with the item id the
 * 202 names) and {@code warehouse.commands}; a customer gets 403 and an anonymous caller 401, and nothing is
 * published; a price is API.md's money; a quantity is a whole number in range.
 */
class AdminCommandsIT extends GatewaySuite {

    static final String QUEUE = "catalog-command-test.catalog.commands";
    static final String STOCK_QUEUE = "warehouse-command-test.warehouse.commands";
    static final String ITEM = "{\"sku\": \"TEA-001\", \"name\": \"Green tea\", \"description\": \"Sencha\", "
            + "\"price\": {\"amount\": \"4.50\", \"currency\": \"EUR\"}, \"imageUrl\": \"/images/catalog/tea-001.svg\"}";

    @BeforeAll
    static void commandQueues() {
        bindCommands(CatalogMessages.CONTEXT, QUEUE, CatalogMessages.commands());
        bindCommands(WarehouseMessages.CONTEXT, STOCK_QUEUE, WarehouseMessages.commands());
    }

    private static void bindCommands(String context, String name, MessageTypes types) {
        DirectExchange exchange = new DirectExchange(Topology.commands(context), true, false);
        ADMIN.declareExchange(exchange);
        Queue queue = new Queue(name, true, false, false);
        ADMIN.declareQueue(queue);
        for (String type : types.all().stream().map(MessageType::name).toList()) {
            ADMIN.declareBinding(BindingBuilder.bind(queue).to(exchange).with(type));
        }
    }

    @BeforeEach
    void emptyQueues() {
        ADMIN.purgeQueue(QUEUE, false);
        ADMIN.purgeQueue(STOCK_QUEUE, false);
    }

    @Test
    void an_admin_receives_and_adjusts_stock() throws Exception {
        String token = TOKENS.valid(user(), "ADMIN");
        UUID product = UUID.randomUUID();

        assertThat(post("/api/v1/warehouse/stock/" + product + "/receipts", token, "{\"quantity\": 12}").statusCode())
                .isEqualTo(202);
        assertThat(post("/api/v1/warehouse/stock/" + product + "/adjustments", token,
                "{\"delta\": -2, \"reason\": \"damaged in transit\"}").statusCode()).isEqualTo(202);

        Message receipt = RABBIT.receive(STOCK_QUEUE, 5_000);
        assertThat(receipt.getMessageProperties().getType()).isEqualTo("warehouse.ReceiveStock");
        assertThat(JSON.readTree(receipt.getBody()).get("quantity").asLong()).isEqualTo(12);
        Message adjustment = RABBIT.receive(STOCK_QUEUE, 5_000);
        assertThat(adjustment.getMessageProperties().getType()).isEqualTo("warehouse.AdjustStock");
        assertThat(JSON.readTree(adjustment.getBody()).get("productId").asString()).isEqualTo(product.toString());
    }

    @Test
    void a_quantity_that_is_not_a_whole_number_in_range_is_400_and_nothing_is_published() throws Exception {
        String token = TOKENS.valid(user(), "ADMIN");
        String receipts = "/api/v1/warehouse/stock/" + UUID.randomUUID() + "/receipts";
        for (String quantity : new String[] {"0", "-1", "1000001", "2147483648", "1e309", "\"2\"", "2.5", "null"}) {
            assertProblem(post(receipts, token, "{\"quantity\": " + quantity + "}"), 400);
        }
        assertProblem(post("/api/v1/warehouse/stock/" + UUID.randomUUID() + "/adjustments", token,
                "{\"delta\": 3, \"reason\": \"\"}"), 400);
        assertProblem(post("/api/v1/warehouse/stock/not-a-uuid/receipts", token, "{\"quantity\": 1}"), 400);

        assertThat(RABBIT.receive(STOCK_QUEUE, 300)).isNull();
    }

    @Test
    void an_admin_lists_an_item_under_the_id_the_acknowledgement_names() throws Exception {
        String admin = user();

        HttpResponse<String> response = post("/api/v1/catalog/items", TOKENS.valid(admin, "CUSTOMER", "ADMIN"), ITEM);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode body = json(response);
        UUID commandId = UUID.fromString(body.get("commandId").asString());
        assertThat(body.get("resourceId").asString()).isEqualTo(Ids.resourceId(commandId, "item").toString());
        Message message = RABBIT.receive(QUEUE, 5_000);
        assertThat(message).isNotNull();
        assertThat(message.getMessageProperties().getType()).isEqualTo("catalog.CreateItem");
        assertThat(message.getMessageProperties().<String>getHeader(MessageHeaders.ISSUER)).isEqualTo(admin);
        JsonNode command = JSON.readTree(message.getBody());
        assertThat(command.get("itemId").asString()).isEqualTo(body.get("resourceId").asString());
        assertThat(command.get("sku").asString()).isEqualTo("TEA-001");
        assertThat(command.get("price").get("currency").asString()).isEqualTo("EUR");
        assertThat(command.get("price").get("amount").decimalValue()).isEqualByComparingTo("4.50");
    }

    @Test
    void an_admin_changes_price_details_and_activation() throws Exception {
        String token = TOKENS.valid(user(), "ADMIN");
        String item = "/api/v1/catalog/items/" + UUID.randomUUID();

        assertThat(send(put(item + "/price", token, "{\"amount\": \"5\", \"currency\": \"EUR\"}")).statusCode())
                .isEqualTo(202);
        assertThat(send(put(item, token, "{\"name\": \"Green tea\", \"description\": null}")).statusCode())
                .isEqualTo(202);
        assertThat(post(item + "/activate", token, "").statusCode()).isEqualTo(202);
        assertThat(post(item + "/deactivate", token, "").statusCode()).isEqualTo(202);

        assertThat(types(4)).containsExactly("catalog.ChangeItemPrice", "catalog.ChangeItemDetails",
                "catalog.ActivateItem", "catalog.DeactivateItem");
    }

    @Test
    void a_description_may_span_lines_but_holds_no_other_control_character() throws Exception {
        String token = TOKENS.valid(user(), "ADMIN");
        String item = "/api/v1/catalog/items/" + UUID.randomUUID();

        assertThat(send(put(item, token, "{\"name\": \"Green tea\", \"description\": \"Sencha.\\r\\n\\tSteep 2 min.\"}"))
                .statusCode()).isEqualTo(202);
        assertThat(types(1)).containsExactly("catalog.ChangeItemDetails");
        assertProblem(send(put(item, token, "{\"name\": \"Green tea\", \"description\": \"Sencha\\u0007\"}")), 400);
        assertProblem(send(put(item, token, "{\"name\": \"Green tea\", \"description\": \"Sencha\\u0000\"}")), 400);
        assertThat(RABBIT.receive(QUEUE, 300)).isNull();
    }

    @Test
    void a_customer_gets_403_an_anonymous_caller_401_and_nothing_is_published() throws Exception {
        assertProblem(post("/api/v1/catalog/items", TOKENS.valid(user(), "CUSTOMER"), ITEM), 403);
        assertProblem(post("/api/v1/catalog/items", null, ITEM), 401);
        assertProblem(send(put("/api/v1/catalog/items/" + UUID.randomUUID() + "/price", TOKENS.valid(user(),
                "CUSTOMER"), "{\"amount\": \"0.01\", \"currency\": \"EUR\"}")), 403);
        assertProblem(post("/api/v1/warehouse/stock/" + UUID.randomUUID() + "/receipts",
                TOKENS.valid(user(), "CUSTOMER"), "{\"quantity\": 1}"), 403);

        assertThat(RABBIT.receive(QUEUE, 300)).isNull();
    }

    @Test
    void bad_shapes_are_400_and_nothing_is_published() throws Exception {
        String token = TOKENS.valid(user(), "ADMIN");
        for (String body : new String[] {
                ITEM.replace("\"4.50\"", "\"-1\""),
                ITEM.replace("\"4.50\"", "4.50"),
                ITEM.replace("\"4.50\"", "\"1e3\""),
                ITEM.replace("\"4.50\"", "\"4.505\""),
                ITEM.replace("\"EUR\"", "\"eur\""),
                ITEM.replace("TEA-001", "TEA 001"),
                ITEM.replace("TEA-001", "x".repeat(65)),
                ITEM.replace("Green tea", ""),
                ITEM.replace("/images/catalog/tea-001.svg", "javascript:alert(1)"),
                ITEM.replace("/images/catalog/tea-001.svg", "//evil.example/x.svg"),
                ITEM.substring(0, ITEM.length() - 1) + ", \"active\": true}",
                ITEM.substring(0, ITEM.length() - 1) + ", \"itemId\": \"" + UUID.randomUUID() + "\"}"}) {
            assertProblem(post("/api/v1/catalog/items", token, body), 400);
        }
        assertProblem(send(put("/api/v1/catalog/items/not-a-uuid/price", token,
                "{\"amount\": \"1.00\", \"currency\": \"EUR\"}")), 400);

        assertThat(RABBIT.receive(QUEUE, 300)).isNull();
    }

    private List<String> types(int count) {
        List<String> types = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Message message = RABBIT.receive(QUEUE, 5_000);
            assertThat(message).isNotNull();
            types.add(message.getMessageProperties().getType());
        }
        return types;
    }

    private HttpRequest.Builder put(String path, String token, String body) {
        return request(path).header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofString(body));
    }
}
