package dev.eventualshop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class IdentityForwardingIT extends GatewaySuite {

    static final String REGISTRATION =
            "{\"email\":\"ada@example.com\",\"password\":\"correct horse\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\"}";

    @BeforeEach
    void reset() {
        IDENTITY.reset();
        clearInvocations(publisher);
    }

    @AfterEach
    void nothingThroughTheBroker() {
        verify(publisher, never()).publish(any());
    }

    /** A registration from a loopback address of its own, so the rate limit counts only this test's tries. */
    private HttpResponse<String> register() throws Exception {
        return registerFrom("127.0." + ThreadLocalRandom.current().nextInt(1, 255) + "."
                + ThreadLocalRandom.current().nextInt(1, 255));
    }

    private HttpResponse<String> registerFrom(String clientAddress) throws Exception {
        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(clientAddress)).build();
        return client.send(request("/api/v1/identity/users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(REGISTRATION)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void registration_is_forwarded_over_internal_http_and_answered_with_a_bare_202() throws Exception {
        HttpResponse<String> response = register();

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(IDENTITY.received()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.method()).isEqualTo("POST");
            assertThat(forwarded.path()).isEqualTo("/internal/identity/users");
            assertThat(UUID.fromString(forwarded.header("X-Command-Id"))).isNotNull();
            JsonNode body = JSON.readTree(forwarded.body());
            assertThat(body.get("email").asString()).isEqualTo("ada@example.com");
            assertThat(body.get("password").asString()).isEqualTo("correct horse");
            assertThat(forwarded.header("Cookie")).isNull();
        });
    }

    @Test
    void no_password_or_token_reaches_a_log_line_even_at_debug(CapturedOutput output) throws Exception {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel("org.springframework", LogLevel.DEBUG);
        logging.setLogLevel("dev.eventualshop", LogLevel.DEBUG);
        try {
            String token = TOKENS.valid(user(), "CUSTOMER");
            assertThat(register().statusCode()).isEqualTo(202);
            assertThat(post("/api/v1/identity/users/" + UUID.randomUUID() + "/email-confirmation", null,
                    "{\"token\":\"confirmation-token-xyz\"}").statusCode()).isEqualTo(202);
            assertThat(send(request("/api/v1/identity/password").header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(
                            "{\"currentPassword\":\"old secret pw\",\"newPassword\":\"new secret pw\"}")))
                    .statusCode()).isEqualTo(202);

            assertThat(output.getAll()).contains("Read \"application/json", "Register[", "ChangePassword[")
                    .doesNotContain("correct horse", "confirmation-token-xyz", "old secret pw", "new secret pw", token);
        } finally {
            logging.setLogLevel("org.springframework", null);
            logging.setLogLevel("dev.eventualshop", null);
        }
    }

    @Test
    void email_confirmation_is_forwarded() throws Exception {
        UUID userId = UUID.randomUUID();

        HttpResponse<String> response = post("/api/v1/identity/users/" + userId + "/email-confirmation", null,
                "{\"token\":\"abc\"}");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(IDENTITY.received()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.path()).isEqualTo("/internal/identity/users/" + userId + "/email-confirmation");
            assertThat(JSON.readTree(forwarded.body()).get("token").asString()).isEqualTo("abc");
        });
    }

    @Test
    void a_new_confirmation_request_is_forwarded() throws Exception {
        HttpResponse<String> response = post("/api/v1/identity/email-confirmation-requests", null,
                "{\"email\":\"ada@example.com\"}");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(IDENTITY.received()).singleElement().satisfies(forwarded ->
                assertThat(forwarded.path()).isEqualTo("/internal/identity/email-confirmation-requests"));
    }

    @Test
    void a_password_change_carries_the_callers_token_and_is_tracked_as_their_command() throws Exception {
        String user = user();
        String token = TOKENS.valid(user, "CUSTOMER");

        HttpResponse<String> response = send(request("/api/v1/identity/password")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", "pw-1")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"old secret\",\"newPassword\":\"new secret!\"}")));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode ack = json(response);
        String commandId = ack.get("commandId").asString();
        assertThat(ack.get("status").asString()).isEqualTo("PENDING");
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/commands/" + commandId);
        assertThat(IDENTITY.received()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.method()).isEqualTo("PUT");
            assertThat(forwarded.path()).isEqualTo("/internal/identity/password");
            assertThat(forwarded.header("Authorization")).isEqualTo("Bearer " + token);
            assertThat(forwarded.header("X-Command-Id")).isEqualTo(commandId);
        });
        assertThat(json(get("/api/v1/commands/" + commandId, token)).get("status").asString()).isEqualTo("PENDING");
        assertProblem(get("/api/v1/commands/" + commandId, TOKENS.valid(user(), "CUSTOMER")), 404);

        HttpResponse<String> replay = send(request("/api/v1/identity/password")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", "pw-1")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"old secret\",\"newPassword\":\"new secret!\"}")));
        assertThat(json(replay).get("commandId").asString()).isEqualTo(commandId);
        assertThat(IDENTITY.received()).hasSize(1);
    }

    @Test
    void a_password_change_needs_a_signed_in_user() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/identity/password")
                .header("Authorization", "Bearer " + TOKENS.expired(user())).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"old secret\",\"newPassword\":\"new secret!\"}")));

        assertProblem(response, 401);
        assertThat(IDENTITY.received()).isEmpty();
    }

    @Test
    void bad_shapes_are_refused_before_identity_sees_them() throws Exception {
        assertProblem(post("/api/v1/identity/users", null,
                "{\"email\":\"not-an-email\",\"password\":\"correct horse\",\"firstName\":\"A\",\"lastName\":\"L\"}"), 400);
        assertProblem(post("/api/v1/identity/users", null,
                "{\"email\":\"a@example.com\",\"password\":\"correct horse\",\"firstName\":\"A\",\"lastName\":\"L\",\"roles\":[\"ADMIN\"]}"), 400);
        assertProblem(post("/api/v1/identity/users", null,
                "{\"email\":\"a@example.com\",\"password\":\"" + "x".repeat(200) + "\",\"firstName\":\"A\",\"lastName\":\"L\"}"), 400);
        assertProblem(post("/api/v1/identity/users/not-a-uuid/email-confirmation", null, "{\"token\":\"abc\"}"), 400);
        assertProblem(post("/api/v1/identity/email-confirmation-requests", null, "{\"email\":42}"), 400);

        assertThat(IDENTITY.received()).isEmpty();
    }

    @Test
    void hostile_bodies_are_refused_before_identity_sees_them() throws Exception {
        String[] hostile = {
                "{\"email\":{\"$gt\":\"\"},\"password\":\"correct horse\",\"firstName\":\"A\",\"lastName\":\"L\"}",
                "{\"email\":\"a@example.com\",\"password\":\"correct horse\",\"firstName\":\"" + "A".repeat(10_000)
                        + "\",\"lastName\":\"L\"}",
                "{\"email\":\"a@example.com\",\"password\":\"correct horse\",\"firstName\":[\"A\"],\"lastName\":\"L\"}",
                "{\"email\":\"a@example.com\",\"password\":\"correct horse\",\"firstName\":\"A\"}",
                "[" .repeat(100) + "]".repeat(100),
                "{\"email\":\"a@example.com\",\"email\":\"b@example.com\",\"password\":\"correct horse\","
                        + "\"firstName\":\"A\",\"lastName\":\"L\"}",
                "null"};
        for (String body : hostile) {
            HttpResponse<String> response = post("/api/v1/identity/users", null, body);
            assertThat(response.statusCode()).as(body.length() > 200 ? body.substring(0, 200) : body).isEqualTo(400);
            assertProblem(response, 400);
        }
        assertThat(IDENTITY.received()).isEmpty();
    }

    @Test
    void unicode_and_markup_reach_identity_unchanged() throws Exception {
        String name = "Zoë \u05e9\u05dc\u05d5\u05dd \ud83d\ude00 <script>alert(1)</script>";
        HttpResponse<String> response = post("/api/v1/identity/users", null,
                "{\"email\":\"zoe@example.com\",\"password\":\"correct horse\",\"firstName\":\"" + name
                        + "\",\"lastName\":\"L\"}");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(IDENTITY.received().getFirst().body()).get("firstName").asString())
                .isEqualTo("Zoë שלום 😀 <script>alert(1)</script>");
    }

    @Test
    void a_refusal_by_identity_goes_back_to_the_caller() throws Exception {
        IDENTITY.answer(400, "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"weak password\"}");

        HttpResponse<String> response = register();

        assertThat(assertProblem(response, 400).get("detail").asString()).isEqualTo("weak password");
    }

    @Test
    void identity_down_is_503_with_retry_after() throws Exception {
        IDENTITY.answer(500, "");

        HttpResponse<String> response = register();

        assertProblem(response, 503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void registrations_are_rate_limited_per_client_address() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(registerFrom("127.0.0.9").statusCode()).isEqualTo(202);
        }
        HttpResponse<String> limited = registerFrom("127.0.0.9");

        assertProblem(limited, 429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(IDENTITY.received()).hasSize(3);
        assertThat(registerFrom("127.0.0.10").statusCode()).isEqualTo(202);
    }

    @Test
    void me_is_routed_to_identity_query_with_the_callers_token() throws Exception {
        String user = user();
        String token = TOKENS.valid(user, "CUSTOMER");
        IDENTITY.answer(200, "{\"userId\":\"" + user + "\",\"email\":\"ada@example.com\"}");

        HttpResponse<String> response = send(request("/api/v1/me").header("Authorization", "Bearer " + token)
                .header("Cookie", "GATEWAYSESSION=abc"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("userId").asString()).isEqualTo(user);
        assertThat(IDENTITY.received()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.method()).isEqualTo("GET");
            assertThat(forwarded.path()).isEqualTo("/api/v1/me");
            assertThat(forwarded.header("Authorization")).isEqualTo("Bearer " + token);
            assertThat(forwarded.header("Cookie")).isNull();
        });
    }

    @Test
    void me_needs_a_signed_in_user() throws Exception {
        assertProblem(send(request("/api/v1/me")), 401);
        assertProblem(get("/api/v1/me", TOKENS.wrongAudience(user())), 401);
        assertThat(IDENTITY.received()).isEmpty();
    }
}
