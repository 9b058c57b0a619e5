package dev.eventualshop.identity.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jose.proc.SecurityContext;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.embedded.InfrastructureSettings;
import dev.eventualshop.embedded.ReceivedMail;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.testing.MutableClock;
import dev.eventualshop.identity.command.application.UserAccounts;
import dev.eventualshop.identity.command.infrastructure.security.SigningKeys;
import dev.eventualshop.messaging.Topology;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * identity-command end to end on embedded H2, the embedded broker and GreenMail: the journeys a person and
 * the gateway take, the refusals, and a scan proving no password, hash or token leaked into the event store,
 * the commands log, the broker or the log.
 */
@SpringBootTest(classes = {IdentityCommandApplication.class, IdentityCommandIT.TestClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"spring.config.name=identity-command", "spring.main.banner-mode=off",
                "eventualshop.identity.login-rate-limit=5"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityCommandIT {

    static final Instant START = Instant.now();
    static final Path DATA = tempDir();
    static final EmbeddedInfrastructure INFRA = EmbeddedInfrastructure.start(InfrastructureSettings.ephemeral(DATA));
    static final int PORT = freePort();
    static final String BASE = "http://localhost:" + PORT;
    static final String ADMIN_EMAIL = "admin@eventualshop.test";
    static final String ADMIN_PASSWORD = "admin-" + UUID.randomUUID();
    static final String GATEWAY_SECRET = "gateway-" + UUID.randomUUID();
    static final String SCAN_QUEUE = "identity-it.scan";
    /** Signing keys from PEM files, as the launcher configures them: the current pair and a rotated-out key. */
    static final KeyPair CURRENT_KEY = SigningKeys.generate();
    static final KeyPair PREVIOUS_KEY = SigningKeys.generate();
    static final Pattern LINK = Pattern.compile(
            "http://localhost:8080/confirm-email\\?userId=([0-9a-f-]{36})&token=([A-Za-z0-9_-]+)");

    /** Every secret the journeys handled; none may appear anywhere but the credentials table and the mail. */
    static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    static CachingConnectionFactory rabbit;

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        MutableClock clock() {
            return new MutableClock(START);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("eventualshop.identity.issuer", () -> BASE);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:identity-it;MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
        registry.add("spring.rabbitmq.port", () -> INFRA.broker().port());
        registry.add("spring.mail.port", () -> INFRA.smtp().port());
        registry.add("eventualshop.identity.admin.email", () -> ADMIN_EMAIL);
        registry.add("eventualshop.identity.admin.password", () -> ADMIN_PASSWORD);
        registry.add("eventualshop.identity.clients.gateway-secret", () -> GATEWAY_SECRET);
        registry.add("eventualshop.identity.keys.current-private", () -> pemFile("current.key", CURRENT_KEY.getPrivate()));
        registry.add("eventualshop.identity.keys.current-public", () -> pemFile("current.pub", CURRENT_KEY.getPublic()));
        registry.add("eventualshop.identity.keys.previous-public", () -> pemFile("previous.pub", PREVIOUS_KEY.getPublic()));
    }

    private static Path pemFile(String name, Key key) {
        try {
            return Files.writeString(DATA.resolve(name), SigningKeys.pem(key));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeAll
    static void bindScanQueue() {
        rabbit = new CachingConnectionFactory("127.0.0.1", INFRA.broker().port());
        rabbit.setUsername("guest");
        rabbit.setPassword("guest");
        rabbit.setVirtualHost("default");
        RabbitAdmin admin = new RabbitAdmin(rabbit);
        Queue queue = new Queue(SCAN_QUEUE, true, false, false);
        admin.declareQueue(queue);
        for (String exchange : List.of(Topology.domainEvents("identity"), Topology.events("identity"),
                Topology.OUTCOMES)) {
            TopicExchange topic = (TopicExchange) Topology.exchange(exchange);
            admin.declareExchange(topic);
            Binding binding = BindingBuilder.bind(queue).to(topic).with("#");
            admin.declareBinding(binding);
        }
        SECRETS.add(ADMIN_PASSWORD);
        SECRETS.add(GATEWAY_SECRET);
    }

    @AfterAll
    static void closeBrokerClient() {
        rabbit.destroy();
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    JWKSource<SecurityContext> jwkSource;
    @Autowired
    SigningKeys signingKeys;

    final IdentityHttp http = new IdentityHttp(BASE);

    @Test
    @Order(1)
    void a_person_registers_confirms_and_signs_in_with_pkce() {
        String email = "ada." + UUID.randomUUID() + "@example.com";
        String password = "correct horse " + UUID.randomUUID();
        UUID commandId = UUID.randomUUID();

        HttpResponse<String> registered = http.register(commandId, email, password, "Ada");
        assertThat(registered.statusCode()).isEqualTo(202);
        assertThat(IdentityHttp.json(registered.body()).get("commandId").asString()).isEqualTo(commandId.toString());
        assertThat(outcome(commandId)).isEqualTo("SUCCEEDED");
        remember(password, email);

        Link link = linkIn(awaitMails(email, 1).getFirst());
        SECRETS.add(link.token());
        assertThat(jdbc.queryForObject("select email_confirmed from credentials where user_id = ?", Boolean.class,
                link.userId())).isFalse();

        HttpResponse<String> confirmed = http.confirm(link.userId(), link.token());
        assertThat(confirmed.statusCode()).isEqualTo(202);
        assertThat(outcome(commandIdOf(confirmed))).isEqualTo("SUCCEEDED");
        assertThat(jdbc.queryForObject("select email_confirmed from credentials where user_id = ?", Boolean.class,
                link.userId())).isTrue();

        JsonNode tokens = http.signInWithPkce(email, password);
        String accessToken = tokens.get("access_token").asString();
        Jwt jwt = validatedAgainstJwks(accessToken);
        assertThat(jwt.getSubject()).isEqualTo(link.userId().toString());
        HttpResponse<String> userInfo = http.getWithBearer("/userinfo", accessToken);
        assertThat(userInfo.statusCode()).as(userInfo.body()).isEqualTo(200);
        assertThat(IdentityHttp.json(userInfo.body()).get("sub").asString()).isEqualTo(link.userId().toString());
        assertThat(jwt.getAudience()).containsExactly("eventualshop-api");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CUSTOMER");
        assertThat(jwt.getIssuer().toString()).isEqualTo(BASE);

        // The password change takes the user from the token and checks the current password.
        UUID wrongCurrent = UUID.randomUUID();
        assertThat(http.changePassword(accessToken, wrongCurrent, """
                {"currentPassword": "not my password", "newPassword": "another long password"}""").statusCode())
                .isEqualTo(202);
        assertThat(outcome(wrongCurrent)).isEqualTo("REJECTED INVALID_PASSWORD");
        String newPassword = "a new password " + UUID.randomUUID();
        SECRETS.add(newPassword);
        UUID change = UUID.randomUUID();
        assertThat(http.changePassword(accessToken, change, """
                {"currentPassword": "%s", "newPassword": "%s"}""".formatted(password, newPassword)).statusCode())
                .isEqualTo(202);
        assertThat(outcome(change)).isEqualTo("SUCCEEDED");
        remember(newPassword, email);
        assertThat(http.signInWithPkce(email, newPassword).get("access_token").asString()).isNotBlank();
        assertThat(http.login(email, password).headers().firstValue("Location").orElseThrow())
                .as("the old password no longer signs in").endsWith("/login?error");
        HttpResponse<String> signedIn = http.login(email, newPassword);
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .as("Identity's session cookie has a name of its own").anyMatch(c -> c.startsWith("IDENTITYSESSION="));
    }

    @Test
    @Order(2)
    void the_password_change_needs_a_valid_bearer_token() {
        String body = "{\"currentPassword\": \"x\", \"newPassword\": \"long enough password\"}";
        HttpResponse<String> anonymous = http.changePassword(null, UUID.randomUUID(), body);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(http.changePassword("not.a.jwt", UUID.randomUUID(), body).statusCode()).isEqualTo(401);
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"sub\":\"" + UUID.randomUUID()
                + "\",\"iss\":\"" + BASE + "\",\"aud\":\"eventualshop-api\"}").getBytes(StandardCharsets.UTF_8)) + ".";
        assertThat(http.changePassword(unsigned, UUID.randomUUID(), body).statusCode()).isEqualTo(401);

        Instant now = Instant.now();
        assertThat(http.changePassword(signed(BASE, "other-api", now.plusSeconds(300)), UUID.randomUUID(), body)
                .statusCode()).as("another audience").isEqualTo(401);
        assertThat(http.changePassword(signed("http://evil.example", "eventualshop-api", now.plusSeconds(300)),
                UUID.randomUUID(), body).statusCode()).as("another issuer").isEqualTo(401);
        assertThat(http.changePassword(signed(BASE, "eventualshop-api", now.minusSeconds(300)), UUID.randomUUID(),
                body).statusCode()).as("expired").isEqualTo(401);
        UUID nobody = UUID.randomUUID();
        assertThat(http.changePassword(signed(BASE, "eventualshop-api", now.plusSeconds(300)), nobody, body)
                .statusCode()).as("a valid token of an unknown user").isEqualTo(202);
        assertThat(outcome(nobody)).isEqualTo("REJECTED NOT_FOUND");
    }

    /** A token signed with this server's current key, with the given issuer, audience and expiry. */
    private String signed(String issuer, String audience, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(issuer).audience(List.of(audience))
                .subject(UUID.randomUUID().toString()).issuedAt(expiresAt.minusSeconds(600)).expiresAt(expiresAt)
                .claim("roles", List.of("CUSTOMER")).build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(signingKeys.currentKeyId()).build();
        return new NimbusJwtEncoder(jwkSource).encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    @Test
    @Order(3)
    void registering_an_existing_email_makes_no_second_user_and_notifies_the_owner() {
        String email = "grace." + UUID.randomUUID() + "@example.com";
        String password = "first password " + UUID.randomUUID();
        http.register(UUID.randomUUID(), email, password, "Grace");
        remember(password, email);
        SECRETS.add(linkIn(awaitMails(email, 1).getFirst()).token());
        int events = count("select count(*) from events");

        String otherPassword = "second password " + UUID.randomUUID();
        SECRETS.add(otherPassword);
        UUID again = UUID.randomUUID();
        HttpResponse<String> answer = http.register(again, email.toUpperCase(), otherPassword, "Mallory");
        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(IdentityHttp.json(answer.body()).get("commandId").asString()).isEqualTo(again.toString());

        assertThat(outcome(again)).isEqualTo("REJECTED EMAIL_TAKEN");
        assertThat(count("select count(*) from credentials where email_key = ?", email.toLowerCase())).isEqualTo(1);
        assertThat(count("select count(*) from events")).isEqualTo(events);
        List<ReceivedMail> mails = awaitMails(email, 2);
        assertThat(mails.get(1).subject()).isEqualTo("Your EventualShop account");
        assertThat(mails.get(1).text()).contains("already has one").doesNotContain("confirm-email?");
    }

    @Test
    @Order(3)
    void concurrent_registrations_of_one_address_make_one_user() throws Exception {
        String email = "race." + UUID.randomUUID() + "@example.com";
        String password = "race password " + UUID.randomUUID();
        SECRETS.add(password);
        List<UUID> commandIds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            commandIds.add(UUID.randomUUID());
        }
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < commandIds.size(); i++) {
                UUID commandId = commandIds.get(i);
                String spelling = i % 2 == 0 ? email : email.toUpperCase();
                answers.add(threads.submit(() -> http.register(commandId, spelling, password, "Racer")));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(202);
            }
        }
        List<String> outcomes = commandIds.stream().map(this::outcome).toList();
        assertThat(outcomes).containsOnlyOnce("SUCCEEDED");
        assertThat(outcomes.stream().filter("REJECTED EMAIL_TAKEN"::equals)).hasSize(7);
        assertThat(count("select count(*) from credentials where email_key = ?", email)).isEqualTo(1);
        remember(password, email);
        List<ReceivedMail> mails = awaitMails(email, 8);
        assertThat(mails.stream().filter(mail -> mail.text().contains("confirm-email?"))).hasSize(1);
        mails.forEach(mail -> LINK.matcher(mail.text()).results().forEach(match -> SECRETS.add(match.group(2))));
    }

    @Test
    @Order(4)
    void a_repeated_registration_command_is_answered_once() {
        String email = "repeat." + UUID.randomUUID() + "@example.com";
        String password = "repeat password " + UUID.randomUUID();
        UUID commandId = UUID.randomUUID();
        assertThat(http.register(commandId, email, password, "Rita").statusCode()).isEqualTo(202);
        remember(password, email);
        SECRETS.add(linkIn(awaitMails(email, 1).getFirst()).token());
        assertThat(http.register(commandId, email, password, "Rita").statusCode()).isEqualTo(202);
        assertThat(count("select count(*) from commands where command_id = ?", commandId)).isEqualTo(1);
        assertThat(count("select count(*) from credentials where email_key = ?", email)).isEqualTo(1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> INFRA.smtp().received(email).size() == 1);
    }

    @Test
    @Order(5)
    void a_wrong_expired_or_reused_token_is_rejected_and_changes_nothing() {
        String email = "linus." + UUID.randomUUID() + "@example.com";
        String password = "linus password " + UUID.randomUUID();
        http.register(UUID.randomUUID(), email, password, "Linus");
        remember(password, email);
        Link first = linkIn(awaitMails(email, 1).getFirst());
        SECRETS.add(first.token());
        String other = "other." + UUID.randomUUID() + "@example.com";
        String otherPassword = "other password " + UUID.randomUUID();
        http.register(UUID.randomUUID(), other, otherPassword, "Other");
        remember(otherPassword, other);
        Link otherLink = linkIn(awaitMails(other, 1).getFirst());
        SECRETS.add(otherLink.token());
        Map<String, Object> before = credentialsOf(first.userId());
        int events = count("select count(*) from events");

        assertThat(outcome(commandIdOf(http.confirm(first.userId(), otherLink.token()))))
                .as("another account's token").isEqualTo("REJECTED INVALID_TOKEN");

        HttpResponse<String> wrong = http.confirm(first.userId(), first.token().substring(1) + "A");
        assertThat(outcome(commandIdOf(wrong))).isEqualTo("REJECTED INVALID_TOKEN");
        assertThat(http.confirm(UUID.randomUUID(), first.token()).statusCode()).isEqualTo(202);

        clock.advance(Duration.ofHours(24).plusSeconds(1));
        HttpResponse<String> expired = http.confirm(first.userId(), first.token());
        assertThat(outcome(commandIdOf(expired))).isEqualTo("REJECTED TOKEN_EXPIRED");
        assertThat(credentialsOf(first.userId())).isEqualTo(before);
        assertThat(count("select count(*) from events")).isEqualTo(events);

        HttpResponse<String> resend = http.requestConfirmation(email.toUpperCase());
        assertThat(resend.statusCode()).isEqualTo(202);
        assertThat(outcome(commandIdOf(resend))).isEqualTo("SUCCEEDED");
        Link second = linkIn(awaitMails(email, 2).get(1));
        SECRETS.add(second.token());
        SECRETS.add((String) credentialsOf(first.userId()).get("CONFIRMATION_TOKEN_HASH"));
        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(outcome(commandIdOf(http.confirm(first.userId(), first.token()))))
                .as("the link mailed first no longer counts").isEqualTo("REJECTED INVALID_TOKEN");

        assertThat(outcome(commandIdOf(http.confirm(second.userId(), second.token())))).isEqualTo("SUCCEEDED");
        Map<String, Object> confirmed = credentialsOf(first.userId());
        int eventsAfter = count("select count(*) from events");
        assertThat(outcome(commandIdOf(http.confirm(second.userId(), second.token()))))
                .isEqualTo("REJECTED ALREADY_CONFIRMED");
        assertThat(credentialsOf(first.userId())).isEqualTo(confirmed);
        assertThat(count("select count(*) from events")).isEqualTo(eventsAfter);

        // Asking again for a confirmed or unknown address is the same 202 and mails nothing.
        assertThat(outcome(commandIdOf(http.requestConfirmation(email)))).isEqualTo("REJECTED ALREADY_CONFIRMED");
        String stranger = "nobody." + UUID.randomUUID() + "@example.com";
        assertThat(outcome(commandIdOf(http.requestConfirmation(stranger)))).isEqualTo("REJECTED NOT_FOUND");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() ->
                INFRA.smtp().received(email).size() == 2 && INFRA.smtp().received(stranger).isEmpty());
    }

    @Test
    @Order(6)
    void bad_shapes_are_400_problems_and_record_nothing() {
        int commands = count("select count(*) from commands");
        List<String> bodies = List.of(
                "{\"email\": \"a@example.com\", \"password\": \"long enough 1\", \"firstName\": \"A\", \"lastName\": \"B\", \"roles\": [\"ADMIN\"]}",
                "{\"email\": \"a@example.com\", \"password\": 123456789, \"firstName\": \"A\", \"lastName\": \"B\"}",
                "{\"email\": \"not an address\", \"password\": \"long enough 1\", \"firstName\": \"A\", \"lastName\": \"B\"}",
                "{\"email\": \"a@example.com\", \"password\": \"short\", \"firstName\": \"A\", \"lastName\": \"B\"}",
                "{\"email\": \"a@example.com\", \"password\": \"long enough 1\", \"firstName\": \"\", \"lastName\": \"B\"}",
                "{\"email\": \"a@example.com\", \"password\": \"long enough 1\", \"firstName\": \"" + "x".repeat(101)
                        + "\", \"lastName\": \"B\"}",
                "{\"email\": \"a@example.com\", \"password\": \"" + "p".repeat(129) + "\", \"firstName\": \"A\", \"lastName\": \"B\"}",
                "{\"email\": \"a@example.com\", \"password\": \"long enough 1\", \"firstName\": \"A\\u0000\", \"lastName\": \"B\"}",
                "{\"email\": \"a@example.com\", \"password\": \"long enough 1\", \"firstName\": \"A\", \"lastName\": \"" + "x".repeat(10_000) + "\"}",
                "{\"email\": \"a@example.com\", \"password\": \"long enough 1\", \"firstName\": \"A\", \"lastName\": null}",
                "{\"email\": \"a@example.com\"",
                "[]");
        for (String body : bodies) {
            HttpResponse<String> answer = http.post("/internal/identity/users", UUID.randomUUID(), body);
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(answer.body()).doesNotContain("long enough 1", "Exception", "at dev.");
        }
        HttpResponse<String> invalid = http.post("/internal/identity/users", UUID.randomUUID(),
                "{\"email\": \"not an address\", \"password\": \"short\", \"firstName\": \"A\", \"lastName\": \"B\"}");
        assertThat(IdentityHttp.json(invalid.body()).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("email", "password");
        assertThat(http.post("/internal/identity/users", null,
                "{\"email\": \"a@example.com\", \"password\": \"long enough 1\", \"firstName\": \"A\", \"lastName\": \"B\"}")
                .statusCode()).as("no command id").isEqualTo(400);
        assertThat(http.post("/internal/identity/users/not-a-uuid/email-confirmation", UUID.randomUUID(),
                "{\"token\": \"abc\"}").statusCode()).isEqualTo(400);
        assertThat(http.post("/internal/identity/users/" + UUID.randomUUID() + "/email-confirmation",
                UUID.randomUUID(), "{\"token\": \"<script>\"}").statusCode()).isEqualTo(400);
        assertThat(http.post("/internal/identity/email-confirmation-requests", UUID.randomUUID(),
                "{\"email\": {\"$gt\": \"\"}}").statusCode()).isEqualTo(400);
        assertThat(count("select count(*) from commands")).isEqualTo(commands);
    }

    @Test
    @Order(7)
    void sign_in_attempts_over_the_limit_get_429() {
        String username = "guesser." + UUID.randomUUID() + "@example.com";
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(http.login(username, "guess " + i).statusCode());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(302);
        HttpResponse<String> limited = http.login(username, "guess 6");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(http.login("someone.else@example.com", "guess").statusCode()).isEqualTo(302);
    }

    @Test
    @Order(8)
    void the_admin_is_seeded_confirmed_with_both_roles() {
        assertThat(count("select count(*) from credentials where email_key = ?", ADMIN_EMAIL)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select roles from credentials where email_key = ?", String.class,
                ADMIN_EMAIL)).isEqualTo("CUSTOMER,ADMIN");
        assertThat(jdbc.queryForObject("select email_confirmed from credentials where email_key = ?", Boolean.class,
                ADMIN_EMAIL)).isTrue();
        remember(ADMIN_PASSWORD, ADMIN_EMAIL);
        Jwt jwt = validatedAgainstJwks(http.signInWithPkce(ADMIN_EMAIL, ADMIN_PASSWORD).get("access_token").asString());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactlyInAnyOrder("CUSTOMER", "ADMIN");
    }

    @Test
    @Order(11)
    void discovery_names_this_issuer_and_logout() {
        JsonNode discovery = IdentityHttp.json(http.get("/.well-known/openid-configuration").body());
        assertThat(discovery.get("issuer").asString()).isEqualTo(BASE);
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(BASE + "/oauth2/jwks");
        assertThat(discovery.get("end_session_endpoint").asString()).isEqualTo(BASE + "/connect/logout");
    }

    @Test
    @Order(8)
    void seeding_the_admin_again_changes_nothing(@Autowired UserAccounts accounts) {
        String hash = jdbc.queryForObject("select password_hash from credentials where email_key = ?", String.class,
                ADMIN_EMAIL);
        int events = count("select count(*) from events");
        int commands = count("select count(*) from commands");
        String another = "another admin password " + UUID.randomUUID();
        SECRETS.add(another);

        assertThat(accounts.seedAdmin(ADMIN_EMAIL, ADMIN_PASSWORD).status()).isEqualTo(CommandOutcome.Status.SUCCEEDED);
        assertThat(accounts.seedAdmin(ADMIN_EMAIL.toUpperCase(), another).status())
                .isEqualTo(CommandOutcome.Status.SUCCEEDED);

        assertThat(count("select count(*) from events")).isEqualTo(events);
        assertThat(count("select count(*) from commands")).isEqualTo(commands);
        assertThat(jdbc.queryForObject("select password_hash from credentials where email_key = ?", String.class,
                ADMIN_EMAIL)).isEqualTo(hash);
    }

    @Test
    @Order(9)
    void the_gateway_client_signs_in_refreshes_and_logs_out_of_both_sessions() {
        String email = "emile." + UUID.randomUUID() + "@example.com";
        String password = "שלום-🔑-".repeat(8) + UUID.randomUUID();
        assertThat(password.length()).isBetween(100, 128);
        String firstName = "שלום 🛒 Émile";
        UUID registration = UUID.randomUUID();
        assertThat(http.register(registration, email, password, firstName).statusCode()).isEqualTo(202);
        assertThat(outcome(registration)).isEqualTo("SUCCEEDED");
        remember(password, email);
        Link link = linkIn(awaitMails(email, 1).getFirst());
        SECRETS.add(link.token());
        assertThat(jdbc.queryForObject("select payload from events where stream_id = ? and event_type = ?",
                String.class, link.userId().toString(), "identity.UserRegistered"))
                .as("names round-trip unchanged").contains(firstName);

        String gateway = "http://localhost:8080/login/oauth2/code/eventualshop";
        IdentityHttp.SignedIn signedIn = http.signIn("eventualshop", gateway, GATEWAY_SECRET, email, password);
        Jwt access = validatedAgainstJwks(signedIn.accessToken());
        assertThat(access.getSubject()).isEqualTo(link.userId().toString());
        assertThat(access.getAudience()).containsExactly("eventualshop-api");
        String refreshToken = signedIn.tokens().get("refresh_token").asString();
        String idToken = signedIn.tokens().get("id_token").asString();
        assertThat(refreshToken).isNotBlank();

        HttpResponse<String> refreshed = http.tokenRequest(signedIn.browser(), "eventualshop", GATEWAY_SECRET,
                Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JsonNode renewedTokens = IdentityHttp.json(refreshed.body());
        Jwt renewed = validatedAgainstJwks(renewedTokens.get("access_token").asString());
        if (renewedTokens.has("id_token")) {
            idToken = renewedTokens.get("id_token").asString();
        }
        assertThat(renewed.getSubject()).isEqualTo(link.userId().toString());
        assertThat(renewed.getClaimAsStringList("roles")).containsExactly("CUSTOMER");
        assertThat(http.tokenRequest(signedIn.browser(), "eventualshop", "not the secret",
                Map.of("grant_type", "refresh_token", "refresh_token", refreshToken)).statusCode())
                .as("a wrong client secret").isEqualTo(401);

        HttpResponse<String> logout = http.get(signedIn.browser(), "/connect/logout?" + IdentityHttp.form(Map.of(
                "id_token_hint", idToken, "post_logout_redirect_uri", "http://localhost:8080/")));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(IdentityHttp.location(logout)).isEqualTo("http://localhost:8080/");
        HttpResponse<String> afterLogout = http.get(signedIn.browser(), "/oauth2/authorize?" + IdentityHttp.form(Map.of(
                "response_type", "code", "client_id", "eventualshop", "redirect_uri", gateway, "scope", "openid",
                "state", "s", "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                "code_challenge_method", "S256")));
        assertThat(IdentityHttp.location(afterLogout)).as("the Identity session ended").endsWith("/login");
    }

    @Test
    @Order(10)
    void tokens_signed_with_the_rotated_out_key_still_validate_and_new_ones_use_the_current_key() throws Exception {
        RSAKey current = new RSAKey.Builder((RSAPublicKey) CURRENT_KEY.getPublic()).keyIDFromThumbprint().build();
        RSAKey previous = new RSAKey.Builder((RSAPublicKey) PREVIOUS_KEY.getPublic())
                .privateKey((RSAPrivateKey) PREVIOUS_KEY.getPrivate()).keyIDFromThumbprint().build();
        JWKSet published = JWKSet.parse(http.get("/oauth2/jwks").body());
        assertThat(published.getKeys()).extracting(JWK::getKeyID)
                .containsExactlyInAnyOrder(current.getKeyID(), previous.getKeyID());
        assertThat(published.getKeys()).noneMatch(JWK::isPrivate);
        assertThat(signingKeys.currentKeyId()).isEqualTo(current.getKeyID());

        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(BASE).audience(List.of("eventualshop-api"))
                .subject(UUID.randomUUID().toString()).issuedAt(now).expiresAt(now.plusSeconds(300)).build();
        String oldToken = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(previous)))
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(previous.getKeyID())
                        .build(), claims)).getTokenValue();
        UUID commandId = UUID.randomUUID();
        assertThat(http.changePassword(oldToken, commandId,
                "{\"currentPassword\": \"x\", \"newPassword\": \"long enough password\"}").statusCode())
                .isEqualTo(202);
        assertThat(outcome(commandId)).isEqualTo("REJECTED NOT_FOUND");

        String email = "keys." + UUID.randomUUID() + "@example.com";
        String password = "keys password " + UUID.randomUUID();
        http.register(UUID.randomUUID(), email, password, "Keys");
        remember(password, email);
        SECRETS.add(linkIn(awaitMails(email, 1).getFirst()).token());
        String issued = http.signInWithPkce(email, password).get("access_token").asString();
        assertThat(SignedJWT.parse(issued).getHeader().getKeyID()).isEqualTo(current.getKeyID());
    }

    @Test
    @Order(10)
    void no_command_is_taken_from_the_broker() {
        RabbitAdmin admin = new RabbitAdmin(rabbit);
        assertThat(admin.getQueueProperties(Topology.queue("identity-command", Topology.commands("identity"))))
                .as("identity-command consumes no command queue: its commands carry secrets").isNull();
    }

    @Test
    @Order(100)
    void no_password_hash_or_token_appears_in_events_commands_messages_or_logs() {
        assertThat(SECRETS).hasSizeGreaterThan(10);
        List<String> messages = drainScanQueue();
        assertThat(messages).as("the relay published the journeys' messages")
                .anyMatch(m -> m.contains("identity.v1.UserRegistered"))
                .anyMatch(m -> m.contains("identity.EmailConfirmed"))
                .anyMatch(m -> m.contains("REJECTED"));

        List<String> events = jdbc.queryForList("select payload from events", String.class);
        List<String> commands = jdbc.query("select * from commands", (rs, row) -> {
            StringBuilder line = new StringBuilder();
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                line.append(rs.getString(column)).append('|');
            }
            return line.toString();
        });
        List<String> logs = CapturedLog.lines();
        assertThat(events).isNotEmpty();
        assertThat(commands).isNotEmpty();
        assertThat(logs).anyMatch(line -> line.startsWith("DEBUG dev.eventualshop"));

        for (String secret : SECRETS) {
            assertThat(events).as("events").noneMatch(payload -> payload.contains(secret));
            assertThat(commands).as("commands").noneMatch(row -> row.contains(secret));
            assertThat(messages).as("broker messages").noneMatch(message -> message.contains(secret));
            assertThat(logs).as("log lines").noneMatch(line -> line.contains(secret));
        }
    }

    private void remember(String password, String email) {
        SECRETS.add(password);
        Map<String, Object> row = jdbc.queryForMap(
                "select password_hash, confirmation_token_hash from credentials where email_key = ?",
                email.toLowerCase());
        SECRETS.add((String) row.get("password_hash"));
        if (row.get("confirmation_token_hash") != null) {
            SECRETS.add((String) row.get("confirmation_token_hash"));
        }
    }

    private List<String> drainScanQueue() {
        RabbitTemplate template = new RabbitTemplate(rabbit);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                count("select count(*) from commands where sent = false") == 0);
        List<String> messages = new ArrayList<>();
        Message message;
        while ((message = template.receive(SCAN_QUEUE, 1_000)) != null) {
            messages.add(message.getMessageProperties().toString() + "\n"
                    + new String(message.getBody(), StandardCharsets.UTF_8));
        }
        return messages;
    }

    private Jwt validatedAgainstJwks(String token) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(BASE + "/oauth2/jwks").build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(BASE)));
        try {
            return decoder.decode(token);
        } catch (JwtException e) {
            throw new AssertionError("the token does not validate against " + BASE + "/oauth2/jwks", e);
        }
    }

    private String outcome(UUID commandId) {
        Map<String, Object> row = jdbc.queryForMap("select outcome, reason from commands where command_id = ?",
                commandId);
        return row.get("reason") == null ? (String) row.get("outcome") : row.get("outcome") + " " + row.get("reason");
    }

    private static UUID commandIdOf(HttpResponse<String> accepted) {
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return UUID.fromString(IdentityHttp.json(accepted.body()).get("commandId").asString());
    }

    private Map<String, Object> credentialsOf(UUID userId) {
        return jdbc.queryForMap("select * from credentials where user_id = ?", userId);
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }

    private static List<ReceivedMail> awaitMails(String to, int count) {
        // GreenMail's search may trip over a mail arriving meanwhile (ConcurrentModificationException): look again.
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> INFRA.smtp().received(to).size() >= count);
        return INFRA.smtp().received(to);
    }

    record Link(UUID userId, String token) {
    }

    private static Link linkIn(ReceivedMail mail) {
        Matcher matcher = LINK.matcher(mail.text());
        assertThat(matcher.find()).as("a confirmation link in: %s", mail.text()).isTrue();
        return new Link(UUID.fromString(matcher.group(1)), matcher.group(2));
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("identity-it");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
