package dev.eventualshop.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.embedded.BrokerSettings;
import dev.eventualshop.embedded.EmbeddedBroker;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.testing.MutableClock;
import dev.eventualshop.eventstore.testing.RealPostgres;
import dev.eventualshop.giftcard.command.GiftCardConfiguration;
import dev.eventualshop.giftcard.commands.GiftCardCommand;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.messaging.consumer.ParkingLot;
import dev.eventualshop.messaging.testing.FaultProxy;
import dev.eventualshop.messaging.testing.TestMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A command service whose database link is cut (real PostgreSQL behind a {@link FaultProxy}): its consumers
 * back off instead of parking, nothing is acknowledged before it is written, and every command runs once
 * the database is back.
 */
@SpringBootTest(classes = {GiftCardConfiguration.class, DatabaseOutageIT.TestBeans.class}, properties = {
        "spring.flyway.locations=classpath:db/eventstore/{vendor}",
        "eventualshop.eventstore.deadlines.enabled=false",
        "eventualshop.messaging.context=giftcard",
        "eventualshop.messaging.service=giftcard-command",
        "eventualshop.messaging.relay.poll-interval=200ms",
        "eventualshop.messaging.consumer.outage-backoff=500ms",
        "spring.datasource.hikari.connection-timeout=1000",
        "spring.datasource.hikari.validation-timeout=500",
        "spring.main.banner-mode=off"})
class DatabaseOutageIT {

    private static final String OUTCOMES_QUEUE = "outage-test.commands.outcomes";
    private static FaultProxy database;
    private static EmbeddedBroker broker;
    private static String url;

    @TestConfiguration(proxyBeanMethods = false)
    static class TestBeans {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
        }

        @Bean
        ConcurrentMap<UUID, OutcomeMessage> outcomes() {
            return new ConcurrentHashMap<>();
        }

        @Bean
        ConsumerBinding outcomeBinding(ConcurrentMap<UUID, OutcomeMessage> outcomes) {
            return TestMessages.outcomes(OUTCOMES_QUEUE, outcomes);
        }
    }

    @Autowired
    ConcurrentMap<UUID, OutcomeMessage> outcomes;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    MessageCodec codec;
    @Autowired
    ParkingLot parking;

    /**
     * Starts the broker before the context: HikariCP hands its connection timeout (1 s here) to
     * {@code DriverManager.setLoginTimeout}, which is JVM-wide, and Qpid's Derby store, started after it, then
     * failed to boot within 1 s on a loaded machine ("Login timeout exceeded").
     */
    @BeforeAll
    static void requireInfrastructure() {
        RealPostgres.requireReachable();
        broker();
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> RealPostgres.throughPort(database(), proxy().port()));
        registry.add("spring.datasource.username", RealPostgres::user);
        registry.add("spring.datasource.password", RealPostgres::password);
        registry.add("spring.rabbitmq.host", () -> "127.0.0.1");
        registry.add("spring.rabbitmq.port", () -> broker().port());
        registry.add("spring.rabbitmq.virtual-host", () -> broker().virtualHost());
    }

    @Test
    void commands_sent_while_the_database_is_down_are_neither_parked_nor_lost() throws InterruptedException {
        proxy().cut();
        List<UUID> commandIds = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        RabbitTemplate sender = new RabbitTemplate(connectionFactory);
        for (UUID commandId : commandIds) {
            UUID card = UUID.randomUUID();
            sender.send(Topology.commands("giftcard"), "giftcard.Issue", TestMessages.command(codec, commandId,
                    new GiftCardCommand.Issue(card, "CODE-" + card, 100, Instant.parse("2027-01-01T00:00:00Z")), "user-3"));
        }
        Thread.sleep(3_000);
        assertThat(outcomes.keySet()).doesNotContainAnyElementsOf(commandIds);

        proxy().restore();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(commandIds)
                .allSatisfy(id -> assertThat(outcomes).containsKey(id)));
        assertThat(commandIds).allSatisfy(id -> assertThat(outcomes.get(id).status()).isEqualTo("SUCCEEDED"));
        assertThat(parking.list(null)).isEmpty();
    }

    private static synchronized String database() {
        if (url == null) {
            url = RealPostgres.createDatabase("outage");
        }
        return url;
    }

    private static synchronized FaultProxy proxy() {
        if (database == null) {
            database = FaultProxy.to(RealPostgres.host(), RealPostgres.port());
        }
        return database;
    }

    private static synchronized EmbeddedBroker broker() {
        if (broker == null) {
            try {
                broker = EmbeddedBroker.start(BrokerSettings.defaults(Files.createTempDirectory("qpid-outage")).withPort(0));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return broker;
    }
}
