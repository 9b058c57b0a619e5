package dev.eventualshop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The query routes to account-query ({@code GET /api/v1/account}) and communication-query
 * ({@code GET /api/v1/notifications}): the caller's bearer token goes along, the session cookie does not, the
 * answer comes back as the service gave it, and an anonymous call never reaches the service.
 */
class QueryRoutingIT extends GatewaySuite {

    @BeforeEach
    void reset() {
        QUERIES.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/account", "/api/v1/notifications"})
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
    @ValueSource(strings = {"/api/v1/account", "/api/v1/notifications"})
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
}
