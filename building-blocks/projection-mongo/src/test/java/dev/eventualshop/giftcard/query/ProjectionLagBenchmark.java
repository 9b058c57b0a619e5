package dev.eventualshop.giftcard.query;

import dev.eventualshop.embedded.BrokerSettings;
import dev.eventualshop.embedded.EmbeddedBroker;
import dev.eventualshop.embedded.EmbeddedMongo;
import dev.eventualshop.embedded.MongoSettings;
import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.eventstore.testing.RealPostgres;
import dev.eventualshop.giftcard.command.GiftCardConfiguration;
import dev.eventualshop.giftcard.commands.GiftCardCommand;
import dev.eventualshop.giftcard.internal.GiftCardEvent;
import dev.eventualshop.giftcard.v1.CardIssued;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.messaging.relay.IntegrationEventMapper;
import dev.eventualshop.messaging.testing.RealRabbit;
import dev.eventualshop.projection.amqp.ProjectionBindings;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Commit-to-projection lag: commands at a steady rate ({@code bench.rate}/s, default 200, for
 * {@code bench.seconds}, default 60) through the pipeline; for each committed version, the time until the
 * projection's update notification for that version arrives (so it includes the notification's own trip: an
 * upper bound on commit-to-document). {@code bench.mode=embedded} runs H2, Qpid and mongo-java-server;
 * {@code real} runs the real PostgreSQL and RabbitMQ (MongoDB is the stand-in either way: none runs here).
 *
 * <p>Run: {@code mvn -B -q -pl building-blocks/projection-mongo test-compile exec:exec
 * -Dexec.classpathScope=test -Dexec.executable=$JAVA_HOME/bin/java
 * "-Dexec.args=-Dbench.mode=real -cp %classpath dev.eventualshop.giftcard.query.ProjectionLagBenchmark"}.
 */
public final class ProjectionLagBenchmark {

    private static final Map<String, Long> COMMITTED = new ConcurrentHashMap<>();
    /** Notifications that arrived before the driver noted their commit (the driver thread was descheduled). */
    private static final Map<String, Long> EARLY = new ConcurrentHashMap<>();
    private static final List<Long> LAGS = new ArrayList<>();

    private ProjectionLagBenchmark() {
    }

    /** The query side of the benchmark: the balance projection and a reader of its update notifications. */
    @Configuration(proxyBeanMethods = false)
    static class LagQueryService {
        @Bean
        BalanceProjection balances() {
            return new BalanceProjection();
        }

        @Bean
        IntegrationEventMapper integrationEvents() {
            return event -> event instanceof GiftCardEvent.Issued issued
                    ? List.of(new CardIssued(issued.cardId(), issued.amount())) : List.of();
        }

        @Bean
        ConsumerBinding ownEvents(ProjectionBindings projections) {
            return projections.domainEvents();
        }

        @Bean
        ConsumerBinding integrationSink() {
            return ConsumerBinding.ordered("lag.giftcard.events", Topology.events("giftcard"), List.of("#"),
                    (type, revision, json) -> json, message -> { });
        }

        @Bean
        ConsumerBinding outcomes() {
            return ConsumerBinding.ordered("lag.commands.outcomes", Topology.OUTCOMES, List.of("#"),
                    (type, revision, json) -> json, message -> { });
        }

        @Bean
        ConsumerBinding updates() {
            return ConsumerBinding.ordered("lag.projections.updates", Topology.PROJECTION_UPDATES, List.of("#"),
                    (type, revision, json) -> MessageJson.mapper().readValue(json, Map.class), message -> {
                        long now = System.nanoTime();
                        Map<?, ?> update = (Map<?, ?>) message.payload();
                        String key = update.get("id") + "#" + update.get("version");
                        Long committed = COMMITTED.remove(key);
                        if (committed != null) {
                            record(now - committed);
                        } else {
                            EARLY.put(key, now);
                        }
                    });
        }
    }

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("bench.mode", "embedded");
        int rate = Integer.getInteger("bench.rate", 200);
        int seconds = Integer.getInteger("bench.seconds", 60);
        List<String> properties = new ArrayList<>(List.of(
                "spring.flyway.locations=classpath:db/eventstore/{vendor}",
                "eventualshop.eventstore.deadlines.enabled=false",
                "eventualshop.messaging.context=giftcard", "eventualshop.messaging.service=giftcard-command",
                "spring.main.banner-mode=off", "logging.level.root=WARN"));
        EmbeddedMongo mongo = EmbeddedMongo.start(MongoSettings.defaults(Files.createTempDirectory("lag-mongo")).withPort(0));
        properties.add("spring.mongodb.uri=" + mongo.connectionString() + "/lag");
        EmbeddedBroker broker = null;
        if (mode.equals("real")) {
            properties.addAll(List.of("spring.datasource.url=" + RealPostgres.createDatabase("lag"),
                    "spring.datasource.username=" + RealPostgres.user(),
                    "spring.datasource.password=" + RealPostgres.password(),
                    "spring.rabbitmq.host=" + RealRabbit.HOST, "spring.rabbitmq.port=" + RealRabbit.PORT,
                    "spring.rabbitmq.virtual-host=" + RealRabbit.createVirtualHost("lag")));
        } else {
            broker = EmbeddedBroker.start(BrokerSettings.defaults(Files.createTempDirectory("lag-qpid")).withPort(0));
            properties.addAll(List.of("spring.datasource.url=jdbc:h2:mem:lag;MODE=MSSQLServer;DB_CLOSE_DELAY=-1",
                    "spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.port=" + broker.port(),
                    "spring.rabbitmq.virtual-host=" + broker.virtualHost()));
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GiftCardConfiguration.class,
                LagQueryService.class).web(WebApplicationType.NONE).properties(properties.toArray(String[]::new)).run()) {
            drive(context.getBean(CommandPipeline.class), rate, seconds);
            TimeUnit.SECONDS.sleep(5);
            report(mode, rate, seconds);
        } finally {
            mongo.close();
            if (broker != null) {
                broker.close();
            }
        }
    }

    /** Sends {@code rate} commands a second: a new card one time in ten, a redemption of a recent card otherwise. */
    private static void drive(CommandPipeline pipeline, int rate, int seconds) {
        List<UUID> cards = new ArrayList<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long warmup = start + TimeUnit.SECONDS.toNanos(5);
        for (long n = 0; n < (long) rate * seconds; n++) {
            long due = start + n * interval;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            GiftCardCommand command;
            if (cards.isEmpty() || n % 10 == 0) {
                UUID card = UUID.randomUUID();
                cards.add(card);
                command = new GiftCardCommand.Issue(card, "CODE-" + card, 1_000_000, Instant.parse("2030-01-01T00:00:00Z"));
            } else {
                command = new GiftCardCommand.Redeem(cards.get(ThreadLocalRandom.current().nextInt(
                        Math.max(0, cards.size() - 20), cards.size())), 1);
            }
            CommandOutcome outcome = pipeline.handle(CommandEnvelope.of(UUID.randomUUID(), "bench", command));
            long committed = System.nanoTime();
            if (committed > warmup && outcome.aggregateVersion().isPresent()) {
                String key = outcome.streams().getFirst().id() + "#" + outcome.aggregateVersion().getAsLong();
                Long arrived = EARLY.remove(key);
                if (arrived != null) {
                    record(Math.max(0, arrived - committed));
                } else {
                    COMMITTED.put(key, committed);
                }
            }
        }
    }

    private static void record(long lag) {
        synchronized (LAGS) {
            LAGS.add(lag);
        }
    }

    private static void report(String mode, int rate, int seconds) {
        List<Long> lags;
        synchronized (LAGS) {
            lags = new ArrayList<>(LAGS);
        }
        lags.sort(Long::compare);
        System.out.printf("Lag (%s, %d commands/s for %d s, first 5 s not counted): %d measured, %d never arrived;"
                        + " p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", mode, rate, seconds, lags.size(), COMMITTED.size(),
                percentile(lags, 0.50), percentile(lags, 0.99), lags.isEmpty() ? 0 : lags.getLast() / 1e6);
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size()))) / 1e6;
    }
}
