package dev.eventualshop.identity.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.embedded.FreePorts;
import dev.eventualshop.eventstore.testing.RealPostgres;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.RealRabbit;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The smoke test on this machine's real PostgreSQL and RabbitMQ (a database and a virtual host of its own):
 * register, confirm with the link Identity asked Communication to mail (read off {@code communication.commands}),
 * sign in with PKCE (authorizations in PostgreSQL), and the outcome on the real broker. Skipped where either is unreachable, failing instead where real infrastructure is
 * required ({@code EVENTUALSHOP_REQUIRE_REAL_INFRA=true}).
 */
@SpringBootTest(classes = IdentityCommandApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {"spring.config.name=identity-command", "spring.main.banner-mode=off"})
class RealInfrastructureIT {

    private static final Pattern LINK = Pattern.compile("userId=([0-9a-f-]{36})&token=([A-Za-z0-9_-]+)");
    private static final int PORT = FreePorts.one();
    private static final String BASE = "http://localhost:" + PORT;

    private static String database;
    private static String virtualHost;
    private static CachingConnectionFactory rabbit;
    private static MailRequests mails;

    @BeforeAll
    static void requireRealInfrastructure() {
        RealPostgres.requireReachable();
        RealRabbit.requireReachable();
        rabbit = new CachingConnectionFactory(RealRabbit.HOST, RealRabbit.PORT);
        rabbit.setUsername("guest");
        rabbit.setPassword("guest");
        rabbit.setVirtualHost(virtualHost());
        mails = MailRequests.bind(rabbit, "identity-smoke.communication.commands");
    }

    @AfterAll
    static void closeBrokerClient() {
        if (rabbit != null) {
            rabbit.destroy();
        }
    }

    @DynamicPropertySource
    static void realInfrastructure(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("eventualshop.identity.issuer", () -> BASE);
        registry.add("spring.datasource.url", RealInfrastructureIT::database);
        registry.add("spring.datasource.username", RealPostgres::user);
        registry.add("spring.datasource.password", RealPostgres::password);
        registry.add("spring.rabbitmq.host", () -> RealRabbit.HOST);
        registry.add("spring.rabbitmq.port", () -> RealRabbit.PORT);
        registry.add("spring.rabbitmq.virtual-host", RealInfrastructureIT::virtualHost);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_person_registers_confirms_and_signs_in_on_postgres_and_rabbitmq() {
        RabbitTemplate outcomes = outcomesQueue();
        IdentityHttp http = new IdentityHttp(BASE);
        String email = "real." + UUID.randomUUID() + "@example.com";
        String password = "real password " + UUID.randomUUID();
        UUID registration = UUID.randomUUID();

        assertThat(http.register(registration, email, password, "Real").statusCode()).isEqualTo(202);
        Matcher link = LINK.matcher(mails.await(email, 1).getFirst().link());
        assertThat(link.find()).isTrue();
        UUID userId = UUID.fromString(link.group(1));

        assertThat(http.confirm(userId, link.group(2)).statusCode()).isEqualTo(202);
        assertThat(jdbc.queryForObject("select email_confirmed from credentials where user_id = ?", Boolean.class,
                userId)).isTrue();

        String accessToken = http.signInWithPkce(email, password).get("access_token").asString();
        assertThat(accessToken).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from oauth2_authorization where principal_name = ?",
                Integer.class, userId.toString())).isGreaterThanOrEqualTo(1);

        Message outcome = outcomes.receive(Topology.OUTCOMES + ".smoke", 20_000);
        assertThat(outcome).as("the registration's outcome on the real broker").isNotNull();
        assertThat(new String(outcome.getBody(), StandardCharsets.UTF_8))
                .contains(registration.toString(), "SUCCEEDED")
                .doesNotContain(password);
    }

    private static RabbitTemplate outcomesQueue() {
        CachingConnectionFactory connection = new CachingConnectionFactory(RealRabbit.HOST, RealRabbit.PORT);
        connection.setUsername("guest");
        connection.setPassword("guest");
        connection.setVirtualHost(virtualHost());
        RabbitAdmin admin = new RabbitAdmin(connection);
        TopicExchange exchange = (TopicExchange) Topology.exchange(Topology.OUTCOMES);
        Queue queue = new Queue(Topology.OUTCOMES + ".smoke", false, false, false);
        admin.declareExchange(exchange);
        admin.declareQueue(queue);
        admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with("identity.RegisterUser"));
        return new RabbitTemplate(connection);
    }

    private static synchronized String database() {
        if (database == null) {
            database = RealPostgres.createDatabase("identity");
        }
        return database;
    }

    private static synchronized String virtualHost() {
        if (virtualHost == null) {
            virtualHost = RealRabbit.createVirtualHost("identity");
        }
        return virtualHost;
    }
}
