package dev.eventualshop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecurityIT extends GatewaySuite {

    private final String status = "/api/v1/commands/" + UUID.randomUUID();

    @Test
    void without_a_token_or_session_the_api_answers_401_never_a_redirect() throws Exception {
        HttpResponse<String> response = send(request(status));

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void an_anonymous_api_call_opens_no_session() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/me"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("GATEWAYSESSION="));
    }

    @Test
    void an_expired_token_is_401() throws Exception {
        assertProblem(get(status, TOKENS.expired(user())), 401);
    }

    @Test
    void a_token_with_a_wrong_signature_is_401() throws Exception {
        assertProblem(get(status, TOKENS.wrongSignature(user())), 401);
    }

    @Test
    void an_unsigned_token_is_401() throws Exception {
        assertProblem(get(status, TOKENS.unsigned(user())), 401);
    }

    @Test
    void a_token_for_another_audience_is_401() throws Exception {
        assertProblem(get(status, TOKENS.wrongAudience(user())), 401);
    }

    @Test
    void a_token_from_another_issuer_is_401() throws Exception {
        assertProblem(get(status, TOKENS.wrongIssuer(user())), 401);
    }

    @Test
    void a_token_not_yet_valid_signed_by_a_rotated_out_key_or_without_subject_is_401() throws Exception {
        assertProblem(get(status, TOKENS.notYetValid(user())), 401);
        assertProblem(get(status, TOKENS.unknownKey(user())), 401);
        assertProblem(get(status, TOKENS.withoutSubject()), 401);
    }

    @Test
    void a_command_with_a_bad_token_is_401_and_not_published() throws Exception {
        assertProblem(post("/api/v1/test/widgets", TOKENS.expired(user()), "{\"name\":\"gear\",\"quantity\":2}"), 401);
        assertProblem(post("/api/v1/test/widgets", TOKENS.unsigned(user()), "{\"name\":\"gear\",\"quantity\":2}"), 401);
    }

    @Test
    void a_command_with_neither_session_nor_token_is_401_not_a_csrf_refusal() throws Exception {
        // Without a session there is nothing a forged request could ride on, so no CSRF check applies: the
        // caller is simply not signed in (API.md). BrowserSessionIT proves the CSRF check on sessions.
        HttpResponse<String> response = post("/api/v1/test/widgets", null, "{\"name\":\"gear\",\"quantity\":2}");

        assertProblem(response, 401);
    }

    @Test
    void the_browser_sign_in_starts_at_identity_with_pkce() throws Exception {
        HttpResponse<String> response = send(request("/oauth2/authorization/eventualshop"));

        assertThat(response.statusCode()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith("http://identity.test/oauth2/authorize?");
        assertThat(location.getQuery()).contains("client_id=eventualshop", "response_type=code", "scope=openid",
                "code_challenge=", "code_challenge_method=S256", "redirect_uri=");
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("GATEWAYSESSION=").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void a_page_outside_the_api_sends_the_browser_to_sign_in() throws Exception {
        HttpResponse<String> response = send(request("/actuator/parked"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith("/oauth2/authorization/eventualshop");
    }

    @Test
    void the_spa_gets_its_csrf_cookie() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/auth/config"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("XSRF-TOKEN="));
    }

    @Test
    void a_customer_cannot_read_the_operator_endpoints() throws Exception {
        assertProblem(get("/actuator/parked", TOKENS.valid(user(), "CUSTOMER")), 403);
        assertThat(get("/actuator/parked", TOKENS.valid(user(), "ADMIN")).statusCode()).isEqualTo(200);
    }
}
