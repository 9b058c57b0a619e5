package dev.eventualshop.order.query;

import static dev.eventualshop.web.testing.TestHttp.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * order-query on the embedded broker and MongoDB stand-in: orders follow Order's domain events; a customer lists and
 * reads their own orders only, an ADMIN reads any order and lists orders by status.
 */
class OrderQueryIT extends OrderQueryContract {

    static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().serviceProperties(OrderQueryApplication.NAME)
                .forEach((name, value) -> registry.add(name, () -> value));
        TOKENS.register(registry);
    }

    static List<String> orderIds(JsonNode orders) {
        return StreamSupport.stream(orders.spliterator(), false).map(order -> order.path("orderId").asString())
                .toList();
    }

    @Test
    void a_customer_lists_their_orders_newest_first_and_reads_each_one_whole() {
        UUID ada = UUID.randomUUID();
        UUID middle = placed(ada, NOON, 2);
        UUID newest = placed(ada, NOON.plusSeconds(3600), 1);
        UUID oldest = placed(ada, NOON.minusMillis(1500), 3);

        HttpResponse<String> listed = get("/api/v1/orders", customer(ada));

        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode orders = JSON.readTree(listed.body());
        assertThat(orderIds(orders)).containsExactly(newest.toString(), middle.toString(), oldest.toString());
        JsonNode first = orders.get(0);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("orderId", "status", "total", "placedAt");
        assertThat(first.path("status").asString()).isEqualTo("PLACED");
        assertThat(first.path("total").path("amount").asString()).isEqualTo("12.50");
        assertThat(first.path("total").path("currency").asString()).isEqualTo("EUR");
        assertThat(Instant.parse(first.path("placedAt").asString())).isEqualTo(NOON.plusSeconds(3600));

        HttpResponse<String> read = get("/api/v1/orders/" + middle, customer(ada));

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
        JsonNode order = JSON.readTree(read.body());
        assertThat(order.propertyNames()).containsExactlyInAnyOrder("orderId", "status", "cancellationReason",
                "lines", "total", "payment", "timeline", "shippingAddress", "placedAt");
        assertThat(order.path("orderId").asString()).isEqualTo(middle.toString());
        assertThat(order.path("status").asString()).isEqualTo("PLACED");
        assertThat(order.path("cancellationReason").isNull()).isTrue();
        assertThat(order.path("lines")).singleElement().satisfies(line -> {
            assertThat(line.path("sku").asString()).isEqualTo("MUG-1");
            assertThat(line.path("quantity").asInt()).isEqualTo(2);
            assertThat(line.path("unitPrice").path("amount").asString()).isEqualTo("12.50");
            assertThat(line.path("lineTotal").path("amount").asString()).isEqualTo("25.00");
        });
        assertThat(order.path("total").path("amount").asString()).isEqualTo("25.00");
        assertThat(order.path("payment").path("status").asString()).isEqualTo("PENDING");
        assertThat(order.path("timeline")).singleElement().satisfies(step -> {
            assertThat(step.path("status").asString()).isEqualTo("PLACED");
            assertThat(Instant.parse(step.path("at").asString())).isEqualTo(NOON);
        });
        assertThat(order.path("shippingAddress").path("city").asString()).isEqualTo("Springfield");
        assertThat(read.body()).as("the payment token stays inside").doesNotContain("tok_visa");
        assertThat(get("/api/v1/orders/" + middle, Map.of("Authorization", "Bearer " + customer(ada),
                "If-None-Match", "\"1\""))
                .statusCode()).isEqualTo(304);
    }

    @Test
    void another_user_sees_none_of_them_whatever_the_parameters_say() {
        UUID ada = UUID.randomUUID();
        UUID mallory = UUID.randomUUID();
        UUID order = placed(ada, NOON, 1);

        for (String path : new String[] {"/api/v1/orders", "/api/v1/orders?customerId=" + ada,
                "/api/v1/orders?userId=" + ada}) {
            HttpResponse<String> listed = get(path, customer(mallory));
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.body()).as(path).isEqualTo("[]");
        }
        JsonNode other = assertProblem(get("/api/v1/orders/" + order, customer(mallory)), 404);
        JsonNode unknown = assertProblem(get("/api/v1/orders/" + UUID.randomUUID(), customer(mallory)), 404);
        for (String field : new String[] {"type", "title", "status", "detail"}) {
            assertThat(other.path(field)).as(field).isEqualTo(unknown.path(field));
        }
        assertProblem(get("/api/v1/orders/" + order + "?customerId=" + ada, customer(mallory)), 404);
        assertThat(orderIds(JSON.readTree(get("/api/v1/orders?customerId=" + mallory, customer(ada)).body())))
                .containsExactly(order.toString());
    }

    @Test
    void an_admin_reads_anyones_order_and_lists_orders_by_status_oldest_first() {
        UUID ada = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        UUID later = placed(ada, Instant.parse("2020-01-02T00:00:00Z"), 1);
        UUID earlier = placed(bob, Instant.parse("2020-01-01T00:00:00.5Z"), 1);
        UUID admin = UUID.randomUUID();

        HttpResponse<String> read = get("/api/v1/orders/" + later, admin(admin));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).path("orderId").asString()).isEqualTo(later.toString());

        HttpResponse<String> placed = get("/api/v1/admin/orders?status=PLACED", admin(admin));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        assertThat(orderIds(JSON.readTree(placed.body()))).containsSubsequence(earlier.toString(), later.toString());
        assertThat(get("/api/v1/admin/orders?status=SHIPPED", admin(admin)).body()).isEqualTo("[]");
        assertThat(get("/api/v1/orders", admin(admin)).body()).as("an admin's own orders: none").isEqualTo("[]");
        assertProblem(get("/api/v1/admin/orders?status=PLACED", customer(ada)), 403);
    }

    @Test
    void a_malformed_order_id_and_an_unknown_status_are_400() {
        UUID ada = UUID.randomUUID();
        UUID order = placed(ada, NOON, 1);
        for (String malformed : new String[] {"not-a-uuid", order.toString().toUpperCase(), "1-1-1-1-1", "%24ne"}) {
            JsonNode problem = assertProblem(get("/api/v1/orders/" + malformed, customer(ada)), 400);
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("orderId");
        }
        for (String query : new String[] {"?status=placed", "?status=LOST", "?status=", ""}) {
            JsonNode problem = assertProblem(get("/api/v1/admin/orders" + query, admin(ada)), 400);
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("status");
        }
    }

    @Test
    void without_a_valid_token_it_is_401_and_without_a_role_403_as_problem_details() {
        UUID ada = UUID.randomUUID();
        for (String path : new String[] {"/api/v1/orders", "/api/v1/orders/" + UUID.randomUUID(),
                "/api/v1/admin/orders?status=PLACED"}) {
            assertProblem(get(path, (String) null), 401);
            for (String token : TOKENS.refused(ada.toString())) {
                assertProblem(get(path, token), 401);
            }
            assertProblem(get(path, TOKENS.valid(ada.toString())), 403);
        }
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(mongo.getDb().getName()).isEqualTo(OrderQueryApplication.NAME);
        assertThat(get("/actuator/health", (String) null).statusCode()).isEqualTo(200);
    }
}
