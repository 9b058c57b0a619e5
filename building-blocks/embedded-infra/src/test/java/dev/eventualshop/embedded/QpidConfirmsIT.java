package dev.eventualshop.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.ReturnedMessage;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.MessageProperties;
import com.rabbitmq.client.ShutdownSignalException;

/**
 * What Qpid Broker-J 10.1 answers a publisher with confirms when a message cannot be delivered: facts the
 * relay depends on, recorded so an upgrade that changes them fails here. RabbitMQ differs on the first one:
 * it returns an unroutable mandatory message and then <em>acks</em> it. On a missing exchange both brokers
 * close the channel with 404, so the confirm is negative.
 */
class QpidConfirmsIT {

    private static final String UNBOUND_EXCHANGE = "pitfalls.unbound";
    private static final String MISSING_EXCHANGE = "pitfalls.missing";

    @TempDir
    static Path dataDir;

    static EmbeddedBroker broker;
    static Connection connection;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = EmbeddedBroker.start(BrokerSettings.defaults(dataDir).withPort(0));
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(broker.host());
        factory.setPort(broker.port());
        factory.setUsername(broker.username());
        factory.setPassword(broker.password());
        factory.setVirtualHost(broker.virtualHost());
        connection = factory.newConnection("qpid-confirms-it");
        try (Channel channel = connection.createChannel()) {
            channel.exchangeDeclare(UNBOUND_EXCHANGE, "direct", true);
        }
    }

    @AfterAll
    static void stopBroker() throws Exception {
        connection.close();
        broker.close();
    }

    @Test
    void an_unroutable_mandatory_message_is_nacked_and_then_returned_with_312_no_route() throws Exception {
        ConfirmingChannel channel = ConfirmingChannel.open(connection);

        for (int i = 1; i <= 3; i++) {
            channel.publish(UNBOUND_EXCHANGE, true);
            assertThat(channel.waitForConfirms()).as("all confirms positive").isFalse();
            await().atMost(Duration.ofSeconds(5)).until(() -> channel.events().size() == 2);
            // Qpid writes the nack at once and the return only after its (auto-)commit: always this order,
            // the reverse of RabbitMQ's return-then-ack.
            assertThat(channel.events()).containsExactly("nack " + i, "return 312");
            channel.events().clear();
        }
        assertThat(channel.isOpen()).isTrue();
        channel.close();
    }

    @Test
    void an_unroutable_message_published_without_mandatory_is_acked_and_silently_dropped() throws Exception {
        ConfirmingChannel channel = ConfirmingChannel.open(connection);

        channel.publish(UNBOUND_EXCHANGE, false);

        assertThat(channel.waitForConfirms()).isTrue();
        assertThat(channel.events()).containsExactly("ack 1");
        channel.close();
    }

    @Test
    void a_publish_to_a_missing_exchange_closes_the_channel_with_404_and_is_never_acked() throws Exception {
        for (boolean mandatory : List.of(true, false)) {
            ConfirmingChannel channel = ConfirmingChannel.open(connection);

            channel.publish(MISSING_EXCHANGE, mandatory);

            assertThatThrownBy(channel::waitForConfirms)
                    .as("mandatory=%s", mandatory)
                    .isInstanceOf(ShutdownSignalException.class)
                    .hasMessageContaining("reply-code=404")
                    .hasMessageContaining("Unknown exchange name: '" + MISSING_EXCHANGE + "'");
            assertThat(channel.isOpen()).isFalse();
            assertThat(channel.events()).noneMatch(event -> event.startsWith("ack") || event.startsWith("return"));
        }
    }

    @Test
    void through_spring_amqp_an_unroutable_mandatory_message_is_a_negative_confirm_whose_correlation_never_sees_the_return()
            throws Exception {
        CachingConnectionFactory connections = Clients.confirmingConnections(broker);
        try {
            new RabbitAdmin(connections).declareExchange(new DirectExchange(UNBOUND_EXCHANGE));
            List<ReturnedMessage> returns = new CopyOnWriteArrayList<>();
            RabbitTemplate template = new RabbitTemplate(connections);
            template.setMandatory(true);
            template.setReturnsCallback(returns::add);

            CorrelationData correlation = new CorrelationData("unroutable");
            template.send(UNBOUND_EXCHANGE, "nowhere", message(), correlation);

            CorrelationData.Confirm confirm = correlation.getFuture().get(10, TimeUnit.SECONDS);
            assertThat(confirm.ack()).isFalse();
            assertThat(confirm.reason()).isNull();
            await().atMost(Duration.ofSeconds(5)).until(() -> returns.size() == 1);
            assertThat(returns.getFirst().getReplyCode()).isEqualTo(312);
            // The return arrives after the nack completed the correlation, so getReturned() stays empty:
            // the negative confirm is the only per-message signal on Qpid.
            assertThat(correlation.getReturned()).isNull();
        } finally {
            connections.destroy();
        }
    }

    @Test
    void through_spring_amqp_a_publish_to_a_missing_exchange_is_a_negative_confirm() throws Exception {
        CachingConnectionFactory connections = Clients.confirmingConnections(broker);
        try {
            RabbitTemplate template = new RabbitTemplate(connections);
            template.setMandatory(true);

            CorrelationData correlation = new CorrelationData("missing-exchange");
            template.send(MISSING_EXCHANGE, "anything", message(), correlation);

            CorrelationData.Confirm confirm = correlation.getFuture().get(10, TimeUnit.SECONDS);
            assertThat(confirm.ack()).isFalse();
            // The nack carries the broker's 404 close when that frame wins the race with Spring AMQP's own channel
            // clean-up, and "Channel closed by application" otherwise (seen once in CI); the raw-channel test above
            // pins the 404 itself. What the relay relies on is the nack.
            assertThat(confirm.reason()).containsAnyOf("reply-code=404", "Channel closed");
            assertThat(correlation.getReturned()).isNull();
        } finally {
            connections.destroy();
        }
    }

    private static Message message() {
        return new Message("pitfall".getBytes(StandardCharsets.UTF_8));
    }

    /** A raw channel in confirm mode recording acks, nacks and returns in the order they arrive. */
    private record ConfirmingChannel(Channel channel, List<String> events) {

        static ConfirmingChannel open(Connection connection) throws Exception {
            Channel channel = connection.createChannel();
            List<String> events = new CopyOnWriteArrayList<>();
            // Listeners run on the connection's thread in frame order, so the list is the wire order.
            channel.addReturnListener(returned -> events.add("return " + returned.getReplyCode()));
            channel.addConfirmListener(
                    (tag, multiple) -> events.add("ack " + tag),
                    (tag, multiple) -> events.add("nack " + tag));
            channel.confirmSelect();
            return new ConfirmingChannel(channel, events);
        }

        void publish(String exchange, boolean mandatory) throws Exception {
            channel.basicPublish(exchange, "nowhere", mandatory, MessageProperties.PERSISTENT_BASIC,
                    "pitfall".getBytes(StandardCharsets.UTF_8));
        }

        boolean waitForConfirms() throws Exception {
            return channel.waitForConfirms(5_000);
        }

        boolean isOpen() {
            return channel.isOpen();
        }

        void close() throws Exception {
            channel.close();
        }
    }
}
