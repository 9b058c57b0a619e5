package dev.eventualshop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The query routes (account, notifications, catalog, stock, carts, orders, payments): the caller's bearer token goes along, the
 * session cookie does not, the answer comes back as the service gave it; an anonymous call reaches only the public
 * catalog, and a role the route needs is checked before anything is forwarded.
 */
class QueryRoutingIT extends GatewaySuite {

    @BeforeEach
    void reset() {
        QUERIES.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/account", "/api/v1/notifications", "/api/v1/carts/current",
            "/api/v1/carts/6a1f3c2e-8b4d-4e7f-9a0b-1c2d3e4f5a6b", "/api/v1/catalog/items/6a1f3c2e-8b4d-4e7f-9a0b-1c2d3e4f5a6b",
            "/api/v1/orders", "/api/v1/orders/6a1f3c2e-8b4d-4e7f-9a0b-1c2d3e4f5a6b"})
    void a_query_is_routed_to_its_service_with_the_callers_token_and_without_the_cookie(String path)
            throws Exception {
        String token = TOKENS.valid(UUID.randomUUID().toString(), "CUSTOMER");
        QUERIES.answer(200, "[{\"notificationId\":\"1\"}]");

        HttpResponse<String> response = send(request(path).header("Authorization", "Bearer " + token)
                .header("Cookie", "GATEWAYSESSION=abc"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[{\"notificationId\":\"1\"}]");
        assertThat(QUERIES.received()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.method()).isEqualTo("GET");
            assertThat(forwarded.path()).isEqualTo(path);
            assertThat(forwarded.header("Authorization")).isEqualTo("Bearer " + token);
            assertThat(forwarded.header("Cookie")).isNull();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/account", "/api/v1/notifications", "/api/v1/carts/current",
            "/api/v1/warehouse/stock", "/api/v1/orders", "/api/v1/orders/6a1f3c2e-8b4d-4e7f-9a0b-1c2d3e4f5a6b",
            "/api/v1/admin/orders", "/api/v1/admin/payments"})
    void a_query_needs_a_signed_in_user_before_it_is_routed(String path) throws Exception {
        assertProblem(send(request(path)), 401);
        assertProblem(get(path, TOKENS.wrongAudience(UUID.randomUUID().toString())), 401);
        assertThat(QUERIES.received()).isEmpty();
    }

    @Test
    void only_the_listing_of_notifications_is_routed() throws Exception {
        String token = TOKENS.valid(UUID.randomUUID().toString(), "CUSTOMER");

        HttpResponse<String> other = get("/api/v1/notifications/" + UUID.randomUUID(), token);
        HttpResponse<String> post = post("/api/v1/notifications", token, "{}");

        assertThat(other.statusCode()).as(other.body()).isBetween(400, 499);
        assertThat(post.statusCode()).as(post.body()).isBetween(400, 499);
        assertThat(QUERIES.received()).isEmpty();
    }

    @Test
    void the_catalog_is_routed_for_anyone_with_its_query_string() throws Exception {
        QUERIES.answer(200, "{\"items\":[]}");

        HttpResponse<String> response = send(request("/api/v1/catalog/items?query=green%20tea&page=1&size=5"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(QUERIES.received()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.path()).isEqualTo("/api/v1/catalog/items");
            // The gateway rebuilds the query string (its parameters in another order), keeping every one.
            assertThat(forwarded.query().split("&")).containsExactlyInAnyOrder("query=green%20tea", "page=1", "size=5");
            assertThat(forwarded.header("Authorization")).isNull();
        });
    }

    @Test
    void stock_is_routed_for_an_admin_only() throws Exception {
        QUERIES.answer(200, "[]");

        assertProblem(get("/api/v1/warehouse/stock", TOKENS.valid(UUID.randomUUID().toString(), "CUSTOMER")), 403);
        assertThat(QUERIES.received()).isEmpty();
        assertThat(get("/api/v1/warehouse/stock?productId=" + UUID.randomUUID(),
                TOKENS.valid(UUID.randomUUID().toString(), "ADMIN")).statusCode()).isEqualTo(200);
        assertThat(QUERIES.received()).singleElement().satisfies(forwarded ->
                assertThat(forwarded.query()).startsWith("productId="));
    }

    @Test
    void orders_are_routed_for_a_customer_or_an_admin_and_the_orders_by_status_for_an_admin_only() throws Exception {
        QUERIES.answer(200, "[]");
        String customer = TOKENS.valid(UUID.randomUUID().toString(), "CUSTOMER");
        String admin = TOKENS.valid(UUID.randomUUID().toString(), "ADMIN");

        assertProblem(get("/api/v1/admin/orders?status=PLACED", customer), 403);
        assertProblem(get("/api/v1/orders", TOKENS.valid(UUID.randomUUID().toString())), 403);
        assertThat(QUERIES.received()).isEmpty();

        assertThat(get("/api/v1/orders/" + UUID.randomUUID(), admin).statusCode()).isEqualTo(200);
        HttpResponse<String> byStatus = get("/api/v1/admin/orders?status=PLACED", admin);
        assertThat(byStatus.statusCode()).as(byStatus.body()).isEqualTo(200);
        assertThat(QUERIES.received()).hasSize(2).last().satisfies(forwarded -> {
            assertThat(forwarded.path()).isEqualTo("/api/v1/admin/orders");
            assertThat(forwarded.query()).isEqualTo("status=PLACED");
            assertThat(forwarded.header("Authorization")).isEqualTo("Bearer " + admin);
        });
    }

    @Test
    void payments_are_routed_for_an_admin_only_with_their_filters() throws Exception {
        QUERIES.answer(200, "[]");
        String admin = TOKENS.valid(UUID.randomUUID().toString(), "ADMIN");
        String orderId = UUID.randomUUID().toString();

        assertProblem(get("/api/v1/admin/payments", TOKENS.valid(UUID.randomUUID().toString(), "CUSTOMER")), 403);
        assertThat(QUERIES.received()).isEmpty();

        HttpResponse<String> listed = get("/api/v1/admin/payments?orderId=" + orderId + "&status=CAPTURED", admin);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(QUERIES.received()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.path()).isEqualTo("/api/v1/admin/payments");
            assertThat(forwarded.query().split("&")).containsExactlyInAnyOrder("orderId=" + orderId, "status=CAPTURED");
            assertThat(forwarded.header("Authorization")).isEqualTo("Bearer " + admin);
        });
    }

    @Test
    void only_reads_of_orders_are_routed() throws Exception {
        String token = TOKENS.valid(UUID.randomUUID().toString(), "CUSTOMER");

        HttpResponse<String> deeper = get("/api/v1/orders/" + UUID.randomUUID() + "/lines", token);
        HttpResponse<String> post = post("/api/v1/orders", token, "{}");

        assertThat(deeper.statusCode()).as(deeper.body()).isBetween(400, 499);
        assertThat(post.statusCode()).as(post.body()).isBetween(400, 499);
        assertThat(QUERIES.received()).isEmpty();
    }
}
