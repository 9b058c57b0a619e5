package dev.eventualshop.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.messaging.consumer.ConsumerSettings;
import dev.eventualshop.messaging.consumer.Consumers;
import dev.eventualshop.messaging.consumer.ParkedMessage;
import dev.eventualshop.messaging.consumer.ParkingLot;
import dev.eventualshop.messaging.testing.RealRabbit;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * On RabbitMQ only (Qpid keeps its own queue arguments): two replicas consuming one ordered queue keep
 * per-stream order, because the queue has a single active consumer and the other replica stands by.
 */
class RabbitSingleActiveConsumerIT {

    private static final String EXCHANGE = "sac.domain-events";
    private static final String QUEUE = "sac-query." + EXCHANGE;

    private static String virtualHost;
    private final List<Consumers> replicas = new ArrayList<>();
    private CachingConnectionFactory connectionFactory;

    @BeforeAll
    static void requireRabbit() {
        RealRabbit.requireReachable();
        virtualHost = RealRabbit.createVirtualHost("sac");
    }

    @AfterEach
    void stop() {
        replicas.forEach(Consumers::stop);
        connectionFactory.destroy();
    }

    @Test
    void two_consumers_on_one_queue_keep_per_stream_order() {
        connectionFactory = new CachingConnectionFactory(RealRabbit.HOST, RealRabbit.PORT);
        connectionFactory.setVirtualHost(virtualHost);
        Map<String, List<Long>> seen = new ConcurrentHashMap<>();
        Map<String, Integer> byReplica = new ConcurrentHashMap<>();
        for (int replica = 0; replica < 2; replica++) {
            String name = "replica-" + replica;
            ConsumerBinding binding = ConsumerBinding.ordered(QUEUE, EXCHANGE, List.of("#"),
                    (type, revision, json) -> json, message -> {
                        seen.computeIfAbsent(message.streamKey(), key -> Collections.synchronizedList(new ArrayList<>()))
                                .add(message.version());
                        byReplica.merge(name, 1, Integer::sum);
                    });
            Consumers consumers = new Consumers(connectionFactory, new RabbitAdmin(connectionFactory), new NoParking(),
                    ConsumerSettings.DEFAULTS, List.of(binding));
            consumers.start();
            replicas.add(consumers);
        }

        RabbitTemplate publisher = new RabbitTemplate(connectionFactory);
        List<String> streams = List.of("s1", "s2", "s3", "s4");
        for (int version = 1; version <= 100; version++) {
            for (String stream : streams) {
                publisher.send(EXCHANGE, "sac.Happened", event(stream, version));
            }
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> seen.values().stream().mapToInt(List::size).sum() == 400);
        for (String stream : streams) {
            assertThat(seen.get("sac/" + stream)).as(stream).containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(1, 100).boxed().toList());
        }
        assertThat(byReplica).as("one replica is active, the other stands by").hasSize(1);
    }

    private static Message event(String stream, long version) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(UUID.randomUUID().toString());
        properties.setType("sac.Happened");
        properties.setCorrelationId(UUID.randomUUID().toString());
        properties.setHeader(MessageHeaders.STREAM_TYPE, "sac");
        properties.setHeader(MessageHeaders.STREAM_ID, stream);
        properties.setHeader(MessageHeaders.VERSION, version);
        return new Message("{}".getBytes(StandardCharsets.UTF_8), properties);
    }

    /** Nothing fails in this test, so nothing is ever parked. */
    private static final class NoParking implements ParkingLot {
        @Override
        public boolean isParked(String queue, String streamKey) {
            return false;
        }

        @Override
        public void park(String queue, InboundMessage message, String reason) {
            throw new AssertionError("nothing should be parked: " + reason);
        }

        @Override
        public List<ParkedMessage> list(String queue) {
            return List.of();
        }

        @Override
        public List<ParkedMessage> ofStream(String queue, String streamKey) {
            return List.of();
        }

        @Override
        public void remove(long id) {
        }
    }
}
