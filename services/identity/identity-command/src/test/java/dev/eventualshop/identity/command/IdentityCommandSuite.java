package dev.eventualshop.identity.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.embedded.FreePorts;
import dev.eventualshop.embedded.InfrastructureSettings;
import dev.eventualshop.eventstore.testing.MutableClock;
import dev.eventualshop.identity.command.infrastructure.security.SigningKeys;
import dev.eventualshop.messaging.Topology;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
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

/**
 * What identity-command's integration suites share: one service on embedded H2 and the embedded broker (random
 * ports), signing keys from PEM files, a queue bound to every exchange Identity publishes events and outcomes
 * to, a stand-in for Communication that collects the mails Identity asks for ({@link MailRequests}), the secrets the journeys handled (for {@link SecretScanIT}) and the helpers that drive and inspect it.
 * The suites run in one Spring context, in the order of their {@code @Order}.
 */
@SpringBootTest(classes = {IdentityCommandApplication.class, IdentityCommandSuite.TestClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"spring.config.name=identity-command", "spring.main.banner-mode=off",
                "eventualshop.identity.login-rate-limit=5"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class IdentityCommandSuite {

    static final Instant START = Instant.now();
    static final Path DATA = tempDir();
    static final EmbeddedInfrastructure INFRA = EmbeddedInfrastructure.start(InfrastructureSettings.ephemeral(DATA));
    static final int PORT = FreePorts.one();
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

    /** Every secret the journeys handled; none may appear anywhere but the credentials table and the mail request. */
    static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    static CachingConnectionFactory rabbit;
    static MailRequests mails;

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
        mails = MailRequests.bind(rabbit, "identity-it.communication.commands");
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

    /** Registers {@code email}, remembers its secrets and returns the link its confirmation mail brought. */
    Link registered(String email, String password, String firstName) {
        UUID commandId = UUID.randomUUID();
        assertThat(http.register(commandId, email, password, firstName).statusCode()).isEqualTo(202);
        assertThat(outcome(commandId)).isEqualTo("SUCCEEDED");
        remember(password, email);
        Link link = linkIn(awaitMails(email, 1).getFirst());
        SECRETS.add(link.token());
        return link;
    }

    void remember(String password, String email) {
        SECRETS.add(password);
        Map<String, Object> row = jdbc.queryForMap(
                "select password_hash, confirmation_token_hash from credentials where email_key = ?",
                email.toLowerCase());
        SECRETS.add((String) row.get("password_hash"));
        if (row.get("confirmation_token_hash") != null) {
            SECRETS.add((String) row.get("confirmation_token_hash"));
        }
    }

    List<String> drainScanQueue() {
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

    Jwt validatedAgainstJwks(String token) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(BASE + "/oauth2/jwks").build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(BASE)));
        try {
            return decoder.decode(token);
        } catch (JwtException e) {
            throw new AssertionError("the token does not validate against " + BASE + "/oauth2/jwks", e);
        }
    }

    String outcome(UUID commandId) {
        Map<String, Object> row = jdbc.queryForMap("select outcome, reason from commands where command_id = ?",
                commandId);
        return row.get("reason") == null ? (String) row.get("outcome") : row.get("outcome") + " " + row.get("reason");
    }

    static UUID commandIdOf(HttpResponse<String> accepted) {
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return UUID.fromString(IdentityHttp.json(accepted.body()).get("commandId").asString());
    }

    Map<String, Object> credentialsOf(UUID userId) {
        return jdbc.queryForMap("select * from credentials where user_id = ?", userId);
    }

    int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }

    static List<MailRequests.MailRequest> awaitMails(String to, int count) {
        return mails.await(to, count);
    }

    record Link(UUID userId, String token) {
    }

    static Link linkIn(MailRequests.MailRequest mail) {
        assertThat(mail.link()).as("a confirmation link in %s", mail).isNotNull();
        Matcher matcher = LINK.matcher(mail.link());
        assertThat(matcher.matches()).as("a confirmation link: %s", mail.link()).isTrue();
        return new Link(UUID.fromString(matcher.group(1)), matcher.group(2));
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("identity-it");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token signed with this server's current key, with the given issuer, audience and expiry. */
    String signed(String issuer, String audience, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(issuer).audience(List.of(audience))
                .subject(UUID.randomUUID().toString()).issuedAt(expiresAt.minusSeconds(600)).expiresAt(expiresAt)
                .claim("roles", List.of("CUSTOMER")).build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(signingKeys.currentKeyId()).build();
        return new NimbusJwtEncoder(jwkSource).encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
