package dev.eventualshop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.embedded.InfrastructureSettings;
import dev.eventualshop.gateway.command.CommandPublisher;
import dev.eventualshop.gateway.site.DevMailbox;
import dev.eventualshop.messaging.testing.FaultProxy;
import dev.eventualshop.web.testing.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway on a random port against the embedded broker (through a {@link FaultProxy}, so a suite can cut
 * the link) and MongoDB stand-in, Identity's keys served by {@link TestTokens}, a stub for identity-command
 * and identity-query, and one for the other query services. Every suite extending this shares one context.
 */
@SpringBootTest(classes = {GatewayApplication.class, TestCommands.class, GatewaySuite.LocalMode.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=gateway", "eventualshop.gateway.client-secret=test-only-secret",
                "eventualshop.gateway.registration-rate-limit=3", "eventualshop.gateway.heartbeat=300ms",
                "eventualshop.gateway.confirm-timeout=3s", "eventualshop.messaging.consumer.outage-backoff=500ms",
                "spring.rabbitmq.connection-timeout=2s"})
@AutoConfigureMockMvc
abstract class GatewaySuite {

    static final EmbeddedInfrastructure INFRA = startInfrastructure();
    static final FaultProxy LINK = FaultProxy.to("127.0.0.1", INFRA.broker().port());
    static final TestTokens TOKENS = TestTokens.start();
    static final StubServer IDENTITY = new StubServer();
    static final StubServer QUERIES = new StubServer();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final CachingConnectionFactory BROKER = brokerConnection();
    static final RabbitTemplate RABBIT = new RabbitTemplate(BROKER);
    static final RabbitAdmin ADMIN = new RabbitAdmin(BROKER);

    @LocalServerPort
    int port;

    @MockitoSpyBean
    CommandPublisher publisher;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.rabbitmq.host", () -> "127.0.0.1");
        registry.add("spring.rabbitmq.port", LINK::port);
        registry.add("spring.rabbitmq.username", () -> INFRA.broker().username());
        registry.add("spring.rabbitmq.password", () -> INFRA.broker().password());
        registry.add("spring.rabbitmq.virtual-host", () -> INFRA.broker().virtualHost());
        registry.add("spring.mongodb.uri", () -> INFRA.mongo().connectionString());
        registry.add("spring.mongodb.database", () -> "gateway-" + UUID.randomUUID());
        registry.add("eventualshop.identity.issuer", () -> TestTokens.ISSUER);
        registry.add("eventualshop.identity.jwk-set-uri", () -> TOKENS.jwkSetUri().toString());
        registry.add("eventualshop.gateway.identity-command-url", IDENTITY::url);
        registry.add("eventualshop.gateway.routes.identity-query", IDENTITY::url);
        registry.add("eventualshop.gateway.routes.account-query", QUERIES::url);
        registry.add("eventualshop.gateway.routes.communication-query", QUERIES::url);
        registry.add("eventualshop.gateway.routes.catalog-query", QUERIES::url);
        registry.add("eventualshop.gateway.routes.warehouse-query", QUERIES::url);
        registry.add("eventualshop.gateway.routes.shopping-cart-query", QUERIES::url);
        registry.add("eventualshop.gateway.routes.order-query", QUERIES::url);
        registry.add("eventualshop.gateway.routes.payment-query", QUERIES::url);
    }

    /** What local mode's launcher adds: a mailbox for {@code /dev/mail}. */
    @TestConfiguration(proxyBeanMethods = false)
    static class LocalMode {
        @Bean
        DevMailbox devMailbox() {
            return to -> to.equals("ada@example.com")
                    ? List.of(new DevMailbox.Mail(to, "Confirm your email", "Open http://localhost:8080/confirm-email?userId=1&token=t",
                    List.of("http://localhost:8080/confirm-email?userId=1&token=t")))
                    : List.of();
        }
    }

    private static EmbeddedInfrastructure startInfrastructure() {
        try {
            return EmbeddedInfrastructure.start(InfrastructureSettings.ephemeral(
                    Files.createTempDirectory("gateway-it")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CachingConnectionFactory brokerConnection() {
        CachingConnectionFactory factory = new CachingConnectionFactory("127.0.0.1", INFRA.broker().port());
        factory.setUsername(INFRA.broker().username());
        factory.setPassword(INFRA.broker().password());
        factory.setVirtualHost(INFRA.broker().virtualHost());
        return factory;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        return send(request(path).header("Authorization", "Bearer " + token));
    }

    HttpResponse<String> post(String path, String token, String body, String... headers) throws Exception {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.hasNonNull("title")).isTrue();
        assertThat(problem.hasNonNull("type")).isTrue();
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "java.", "tools.jackson");
        return problem;
    }

    static String user() {
        return UUID.randomUUID().toString();
    }
}
