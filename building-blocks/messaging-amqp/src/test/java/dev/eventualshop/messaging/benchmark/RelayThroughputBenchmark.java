package dev.eventualshop.messaging.benchmark;

import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.eventstore.outbox.Outbox;
import dev.eventualshop.eventstore.outbox.RelayLease;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.eventstore.testing.RealPostgres;
import dev.eventualshop.giftcard.command.GiftCardConfiguration;
import dev.eventualshop.giftcard.commands.GiftCardCommand;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.config.MessagingAutoConfiguration.PublishingConnection;
import dev.eventualshop.messaging.relay.OutboundMessages;
import dev.eventualshop.messaging.relay.OutboxRelay;
import dev.eventualshop.messaging.relay.RelaySettings;
import dev.eventualshop.messaging.testing.RealRabbit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Relay throughput with publisher confirms on the real RabbitMQ, from the real PostgreSQL: commits
 * {@code bench.commands} one-event commands with the relay stopped, then times one relay draining them
 * (each row: its domain event and its outcome, both confirmed, then marked sent).
 *
 * <p>Run: {@code mvn -B -q -pl building-blocks/messaging-amqp -am test-compile -DskipTests && mvn -B -q -pl
 * building-blocks/messaging-amqp exec:exec -Dexec.classpathScope=test -Dexec.executable=java
 * -Dexec.args="-cp %classpath dev.eventualshop.messaging.benchmark.RelayThroughputBenchmark"}.
 */
public final class RelayThroughputBenchmark {

    private RelayThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int commands = Integer.getInteger("bench.commands", 30_000);
        String database = RealPostgres.createDatabase("relaybench");
        String vhost = RealRabbit.createVirtualHost("relaybench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GiftCardConfiguration.class)
                .web(WebApplicationType.NONE)
                .properties("spring.datasource.url=" + database, "spring.datasource.username=" + RealPostgres.user(),
                        "spring.datasource.password=" + RealPostgres.password(),
                        "spring.datasource.hikari.maximum-pool-size=12",
                        "spring.flyway.locations=classpath:db/eventstore/{vendor}",
                        "eventualshop.eventstore.deadlines.enabled=false",
                        "eventualshop.messaging.context=giftcard", "eventualshop.messaging.service=giftcard-command",
                        "eventualshop.messaging.relay.enabled=false",
                        "spring.rabbitmq.host=" + RealRabbit.HOST, "spring.rabbitmq.port=" + RealRabbit.PORT,
                        "spring.rabbitmq.virtual-host=" + vhost, "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run()) {
            PublishingConnection publishing = context.getBean(PublishingConnection.class);
            RabbitAdmin admin = new RabbitAdmin(publishing.connectionFactory());
            // As in the system: the query service's queue takes the events, the gateway's the outcomes.
            List<String> sinks = List.of("giftcard-query.giftcard.domain-events", "gateway.commands.outcomes");
            List<String> exchanges = List.of(Topology.domainEvents("giftcard"), Topology.OUTCOMES);
            for (int i = 0; i < sinks.size(); i++) {
                Queue sink = new Queue(sinks.get(i), true);
                admin.declareQueue(sink);
                admin.declareExchange(Topology.exchange(exchanges.get(i)));
                admin.declareBinding(BindingBuilder.bind(sink).to(Topology.exchange(exchanges.get(i))).with("#").noargs());
            }
            fill(context.getBean(CommandPipeline.class), commands);

            Outbox outbox = context.getBean(Outbox.class);
            OutboxRelay relay = new OutboxRelay(outbox, context.getBean(RelayLease.class),
                    new OutboundMessages("giftcard", context.getBean(MessageCodec.class), event -> List.of(),
                            MessageJson.mapper()),
                    publishing.template(), admin,
                    List.of(Topology.exchange(Topology.domainEvents("giftcard")), Topology.exchange(Topology.OUTCOMES)),
                    Clock.systemUTC(), new RelaySettings("bench", "bench", Integer.getInteger("bench.batch", 1000), Duration.ofSeconds(1),
                            Duration.ofSeconds(30), Duration.ofSeconds(30)));
            if (Boolean.getBoolean("bench.phases")) {
                phases(outbox, context.getBean(RelayLease.class), new OutboundMessages("giftcard",
                        context.getBean(MessageCodec.class), event -> List.of(), MessageJson.mapper()));
            }
            long events = commands;
            long start = System.nanoTime();
            while (outbox.unsentCount() > 0) {
                relay.publishOnce();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("Relay drained %,d commands (%,d events + %,d outcomes, all confirmed) in %.2f s:"
                            + " %,.0f events/s, %,.0f messages/s%n", commands, events, commands, seconds,
                    events / seconds, 2 * events / seconds);
            sinks.forEach(admin::deleteQueue);
        }
    }

    /** Where a batch's time goes outside the broker: reading, mapping, leasing, counting. */
    private static void phases(Outbox outbox, RelayLease lease, OutboundMessages messages) {
        for (int round = 0; round < 8; round++) {
            long t0 = System.nanoTime();
            var batch = outbox.unsent(500);
            long t1 = System.nanoTime();
            batch.forEach(messages::of);
            long t2 = System.nanoTime();
            lease.tryAcquire("probe", "probe", Duration.ofSeconds(30));
            long t3 = System.nanoTime();
            outbox.unsentCount();
            long t4 = System.nanoTime();
            System.out.printf("batch of %d: read %.1f ms, map %.1f ms, lease %.1f ms, count %.1f ms%n", batch.size(),
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6);
        }
    }

    private static void fill(CommandPipeline pipeline, int commands) throws InterruptedException {
        int writers = 8;
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int writer = 0; writer < writers; writer++) {
                pool.submit(() -> {
                    for (int i = 0; i < commands / writers; i++) {
                        UUID card = UUID.randomUUID();
                        pipeline.handle(CommandEnvelope.of(UUID.randomUUID(), "bench", new GiftCardCommand.Issue(card,
                                "CODE-" + card, 100, Instant.parse("2030-01-01T00:00:00Z"))));
                    }
                });
            }
        }
        System.out.printf("Committed %,d commands in %.1f s with the relay stopped%n", commands,
                (System.nanoTime() - start) / 1e9);
    }
}
