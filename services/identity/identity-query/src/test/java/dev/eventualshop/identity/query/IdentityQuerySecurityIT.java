package dev.eventualshop.identity.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.eventualshop.identity.internal.UserEvent;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Who may read what: {@code GET /api/v1/me} answers the token's subject alone, refuses every token Identity did
 * not issue for this API as it is with 401 problem+json, and never shows one user's account to another. Security
 * and the service log at DEBUG here, to prove no token reaches a log line.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
        "logging.level.org.springframework.security=DEBUG",
        "logging.level.dev.eventualshop=DEBUG"})
class IdentityQuerySecurityIT extends IdentityQueryContract {

    /** The user whose account forged tokens try to read. */
    private static final UUID TARGET = UUID.randomUUID();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedServices.register(registry);
        registerIdentity(registry);
    }

    @Test
    void a_user_whose_view_does_not_exist_yet_gets_404_problem() {
        JsonNode problem = assertProblem(me(IDENTITY.token(UUID.randomUUID().toString())), 404);
        assertThat(problem.path("detail").asString()).isNotBlank();
    }

    @Test
    void another_users_token_reads_their_own_account_never_this_ones() {
        UUID ada = registeredUser("ada.other@example.com");
        UUID grace = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        publish(grace, 1, new UserEvent.UserRegistered(grace, "grace.other@example.com", "Grace", "Hopper",
                List.of("CUSTOMER"), Instant.now()));
        awaitVersion(grace, 1);

        HttpResponse<String> graces = me(IDENTITY.token(grace.toString()));
        HttpResponse<String> strangers = me(IDENTITY.token(stranger.toString()));

        assertThat(json(graces).path("userId").asString()).isEqualTo(grace.toString());
        assertThat(graces.body()).doesNotContain(ada.toString()).doesNotContain("ada.other@example.com");
        assertProblem(strangers, 404);
        assertThat(strangers.body()).doesNotContain(ada.toString()).doesNotContain("ada.other@example.com");
    }

    @Test
    void the_user_is_the_tokens_subject_whatever_the_request_says() {
        UUID ada = registeredUser("param@example.com");
        UUID mallory = UUID.randomUUID();
        String malloryToken = IDENTITY.token(mallory.toString());

        assertProblem(get("/api/v1/me?userId=" + ada, Map.of("Authorization", "Bearer " + malloryToken)), 404);
        assertProblem(get("/api/v1/me?sub=" + ada, Map.of("Authorization", "Bearer " + malloryToken,
                "X-User-Id", ada.toString())), 404);
        assertProblem(get("/api/v1/me/" + ada, Map.of("Authorization", "Bearer " + malloryToken)), 404);
    }

    @Test
    void a_request_without_a_token_gets_401_problem_and_no_redirect() {
        UUID user = registeredUser("anonymous@example.com");

        HttpResponse<String> response = me(null);

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(response.body()).doesNotContain(user.toString());
    }

    static Stream<Arguments> forgedTokens() {
        String subject = TARGET.toString();
        Instant past = Instant.now().minus(Duration.ofHours(2));
        JWTClaimsSet valid = IDENTITY.claims(subject).build();
        return Stream.of(
                forged("expired", IDENTITY.token(subject, c -> c.issueTime(Date.from(past))
                        .notBeforeTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofMinutes(5)))))),
                forged("not yet valid", IDENTITY.token(subject, c -> c.notBeforeTime(
                        Date.from(Instant.now().plus(Duration.ofHours(1)))))),
                forged("without expiry", IDENTITY.token(subject, c -> c.expirationTime(null))),
                forged("wrong signature", IDENTITY.signedByImpostor(valid)),
                forged("rotated-out key", TestIdentity.signedWithUnknownKey("identity-key-0", valid)),
                forged("another unknown key right after", TestIdentity.signedWithUnknownKey("identity-key-x", valid)),
                forged("no key id", TestIdentity.signedWithUnknownKey(null, valid)),
                forged("alg none", TestIdentity.unsigned(valid)),
                forged("HMAC under Identity's key id", IDENTITY.signedWithPublicKeyAsSecret(valid)),
                forged("wrong audience", IDENTITY.token(subject, c -> c.audience("another-api"))),
                forged("an ID token (audience: the client)", IDENTITY.token(subject, c -> c.audience("eventualshop")
                        .claim("nonce", "n-0S6_WzA2Mj"))),
                forged("no audience", IDENTITY.token(subject, c -> c.audience((String) null))),
                forged("wrong issuer", IDENTITY.token(subject, c -> c.issuer("http://evil.example"))),
                forged("issuer with a trailing slash", IDENTITY.token(subject, c -> c.issuer(IDENTITY.issuer() + "/"))),
                forged("a DPoP proof (typ dpop+jwt)", IDENTITY.signedAsType("dpop+jwt", valid)),
                forged("a logout token (typ logout+jwt)", IDENTITY.signedAsType("logout+jwt", valid)),
                forged("no issuer", IDENTITY.token(subject, c -> c.issuer(null))),
                forged("no subject", IDENTITY.token(subject, c -> c.subject(null))),
                forged("another user's token with this user's claims", withClaimsOf(
                        IDENTITY.token(UUID.randomUUID().toString()), subject)),
                forged("garbage", "not-a-jwt"),
                forged("empty", ""));
    }

    private static Arguments forged(String kind, String token) {
        return Arguments.of(Named.of(kind, token));
    }

    @ParameterizedTest
    @MethodSource("forgedTokens")
    void a_token_identity_did_not_issue_for_this_api_as_it_is_gets_401_problem(String token, CapturedOutput log) {
        if (versionOf(TARGET) < 1) {
            publish(TARGET, 1, registered(TARGET, "target@example.com", "CUSTOMER"));
            awaitVersion(TARGET, 1);
        }
        String valid = IDENTITY.token(TARGET.toString());

        HttpResponse<String> response = me(token);

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).doesNotContain("target@example.com").doesNotContain(TARGET.toString());
        assertThat(me(valid).statusCode()).as("the same user with a valid token").isEqualTo(200);
        assertThat(log.getAll()).as("the log, at DEBUG").contains("/api/v1/me")
                .doesNotContain(signatureOf(valid)).doesNotContain(signatureOf(token));
    }

    /** The part of a token that proves it: a log line holding it would hold a usable credential. */
    private static String signatureOf(String token) {
        String[] parts = token.split("\\.", -1);
        return parts.length == 3 && parts[2].length() > 16 ? parts[2] : "\u0000no signature";
    }

    @Test
    void an_access_token_of_any_type_identity_writes_and_several_audiences_including_this_api_is_accepted() {
        UUID user = registeredUser("types@example.com");
        JWTClaimsSet claims = IDENTITY.claims(user.toString()).build();

        for (String type : new String[] {"JWT", "at+jwt", null}) {
            assertThat(me(IDENTITY.signedAsType(type, claims)).statusCode()).as("typ %s", type).isEqualTo(200);
        }
        assertThat(me(IDENTITY.token(user.toString(), c -> c.audience(List.of("another-api", TestIdentity.AUDIENCE))))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void a_token_anywhere_but_the_authorization_header_is_not_a_credential() {
        UUID user = registeredUser("query-token@example.com");
        String token = IDENTITY.token(user.toString());

        assertProblem(get("/api/v1/me?access_token=" + token, Map.of()), 401);
        assertProblem(get("/api/v1/me", Map.of("Cookie", "access_token=" + token)), 401);
        assertProblem(get("/api/v1/me", Map.of("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":secret").getBytes()))), 401);
    }

    @Test
    void keys_come_from_the_jwk_set_alone_with_no_discovery_call() {
        registeredUser("keys@example.com");
        me(IDENTITY.token(UUID.randomUUID().toString()));

        assertThat(IDENTITY.requestedPaths()).isNotEmpty().containsOnly(TestIdentity.JWKS_PATH);
    }

    @Test
    void other_paths_and_methods_answer_problem_details() {
        String token = IDENTITY.token(UUID.randomUUID().toString());

        assertProblem(get("/api/v1/unknown", Map.of("Authorization", "Bearer " + token)), 404);
        assertProblem(get("/index.html", Map.of("Authorization", "Bearer " + token)), 404);
        assertProblem(send("POST", "/api/v1/me", Map.of("Authorization", "Bearer " + token)), 405);
        assertProblem(send("DELETE", "/api/v1/me", Map.of("Authorization", "Bearer " + token)), 405);
        assertProblem(get("/api/v1/unknown", Map.of()), 401);
    }

    @Test
    void parked_messages_are_for_admins_alone() {
        String customer = "Bearer " + IDENTITY.token(UUID.randomUUID().toString());
        String admin = "Bearer " + IDENTITY.token(UUID.randomUUID().toString(),
                c -> c.claim("roles", List.of("CUSTOMER", "ADMIN")));

        assertProblem(get("/actuator/parked", Map.of()), 401);
        assertProblem(get("/actuator/parked", Map.of("Authorization", customer)), 403);
        assertProblem(send("POST", "/actuator/parked", Map.of("Authorization", customer)), 403);
        assertProblem(get("/actuator/env", Map.of("Authorization", customer)), 403);
        HttpResponse<String> parked = get("/actuator/parked", Map.of("Authorization", admin));
        assertThat(parked.statusCode()).isEqualTo(200);
        assertThat(json(parked).isArray()).isTrue();
        assertThat(get("/actuator/env", Map.of("Authorization", admin)).statusCode()).as("not exposed")
                .isEqualTo(404);
    }

    @Test
    void errors_are_problem_details_whatever_the_client_accepts() {
        String stranger = "Bearer " + IDENTITY.token(UUID.randomUUID().toString());

        assertProblem(get("/api/v1/me", Map.of("Authorization", stranger, "Accept", "application/json")), 404);
        assertProblem(get("/api/v1/me", Map.of("Accept", "application/json")), 401);
        assertThat(get("/api/v1/me", Map.of("Authorization", stranger, "Accept", "text/html")).statusCode())
                .isIn(404, 406);
    }

    @Test
    void an_oversized_token_is_refused_without_a_stack_trace() {
        String huge = IDENTITY.token(TARGET.toString(), c -> c.claim("padding", "x".repeat(20_000)));

        HttpResponse<String> response = me(huge);

        assertThat(response.statusCode()).as("Tomcat's limit on request headers").isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** {@code token} with its claims replaced by {@code subject}'s, keeping the original signature. */
    private static String withClaimsOf(String token, String subject) {
        String[] parts = token.split("\\.");
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String claims = base64.encodeToString(IDENTITY.claims(subject).build().toString()
                .getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + claims + "." + parts[2];
    }
}
