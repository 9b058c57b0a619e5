package dev.eventualshop.warehouse.query;

import static dev.eventualshop.web.testing.TestHttp.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.warehouse.internal.StockEvent;
import dev.eventualshop.warehouse.query.domain.StockProjection;
import dev.eventualshop.web.testing.TestHttp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * warehouse-query on the embedded broker and MongoDB stand-in: the stock read model follows Warehouse's domain
 * events as warehouse-command's relay publishes them, and {@code GET /api/v1/warehouse/stock} shows it to ADMINs
 * only.
 */
class WarehouseQueryIT extends WarehouseQueryContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().serviceProperties(WarehouseQueryApplication.NAME)
                .forEach((name, value) -> registry.add(name, () -> value));
        TOKENS.register(registry);
    }

    @Test
    void an_admin_reads_one_products_stock_as_a_one_element_array() {
        UUID mug = stocked("MUG-" + UUID.randomUUID(), 10);
        publish(mug, 3, new StockEvent.StockReserved(mug, UUID.randomUUID(), UUID.randomUUID(), 3, 10, 3, List.of(mug),
                null));
        awaitVersion(mug, 3);

        HttpResponse<String> response = stock("?productId=" + mug, admin());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.get(0).propertyNames()).containsExactlyInAnyOrder("productId", "sku", "onHand", "reserved",
                "available");
        assertThat(body.get(0).path("productId").asString()).isEqualTo(mug.toString());
        assertThat(body.get(0).path("sku").asString()).startsWith("MUG-");
        assertThat(body.get(0).path("onHand").asLong()).isEqualTo(10);
        assertThat(body.get(0).path("reserved").asLong()).isEqualTo(3);
        assertThat(body.get(0).path("available").asLong()).isEqualTo(7);
    }

    @Test
    void without_a_product_an_admin_lists_every_stock_by_sku() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID tea = stocked("B-" + run + "-TEA", 4);
        UUID cup = stocked("A-" + run + "-CUP", 2);
        UUID pot = stocked("C-" + run + "-POT", 0);
        awaitVersion(tea, 2);
        awaitVersion(cup, 2);
        awaitVersion(pot, 2);

        HttpResponse<String> response = stock("", admin());

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> skus = new ArrayList<>();
        JSON.readTree(response.body()).forEach(stock -> skus.add(stock.path("sku").asString()));
        assertThat(skus).isSorted().containsSubsequence("A-" + run + "-CUP", "B-" + run + "-TEA", "C-" + run + "-POT");
        assertThat(JSON.readTree(stock("?productId=", admin()).body()).size()).as("an empty productId lists all")
                .isEqualTo(skus.size());
    }

    @Test
    void a_product_without_stock_is_404_and_a_malformed_product_id_400() {
        assertProblem(stock("?productId=" + UUID.randomUUID(), admin()), 404);
        for (String malformed : new String[] {"not-a-uuid", "123", "%7B%22%24ne%22%3A1%7D"}) {
            assertProblem(stock("?productId=" + malformed, admin()), 400);
        }
    }

    @Test
    void events_out_of_order_and_twice_end_at_the_latest_version() {
        UUID kettle = UUID.randomUUID();
        StockEvent.StockOpened opened = new StockEvent.StockOpened(kettle, "KETTLE-" + kettle, 0, 0);
        StockEvent.StockReceived received = new StockEvent.StockReceived(kettle, 5, 5, 0);
        publish(kettle, 3, new StockEvent.StockAdjusted(kettle, -1, "dented", 4, 0));
        publish(kettle, 2, received);
        assertProblem(stock("?productId=" + kettle, admin()), 404);
        publish(kettle, 1, opened);
        awaitVersion(kettle, 3);
        publish(kettle, 2, received);
        publish(kettle, 1, opened);

        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> versionOf(kettle) == 3);
        JsonNode body = JSON.readTree(stock("?productId=" + kettle, admin()).body());
        assertThat(body.get(0).path("onHand").asLong()).isEqualTo(4);
        assertThat(body.get(0).path("available").asLong()).isEqualTo(4);
    }

    @Test
    void a_customer_is_403_and_no_or_a_refused_token_401_as_problem_details() {
        UUID mug = stocked("MUG-" + UUID.randomUUID(), 1);
        awaitVersion(mug, 2);
        String customer = TOKENS.valid(UUID.randomUUID().toString(), "CUSTOMER");

        assertProblem(stock("", customer), 403);
        assertProblem(stock("?productId=" + mug, customer), 403);
        assertProblem(stock("", null), 401);
        assertProblem(stock("?productId=" + mug, null), 401);
        for (String token : TOKENS.refused(UUID.randomUUID().toString())) {
            assertProblem(stock("", token), 401);
        }
    }

    @Test
    void other_methods_are_4xx_and_health_is_public_the_rest_of_actuator_admin_only() {
        Map<String, String> auth = Map.of("Authorization", "Bearer " + admin());
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            HttpResponse<String> response = TestHttp.on(port).send(method, STOCK, auth);
            assertThat(response.statusCode()).as(method).isBetween(400, 499);
        }
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(mongo.getDb().getName()).isEqualTo(WarehouseQueryApplication.NAME);
        assertThat(mongo.getCollection(StockProjection.VIEW).countDocuments()).isNotNegative();
        assertThat(TestHttp.on(port).get("/actuator/health", Map.of()).statusCode()).isEqualTo(200);
        assertProblem(TestHttp.on(port).get("/actuator/parked", Map.of()), 401);
        assertProblem(TestHttp.on(port).get("/actuator/parked",
                Map.of("Authorization", "Bearer " + TOKENS.valid(UUID.randomUUID().toString(), "CUSTOMER"))), 403);
    }
}
