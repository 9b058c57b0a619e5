package dev.eventualshop.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.AmqpAuthenticationException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** The broker keeps what it confirmed across a restart and speaks to Spring AMQP as RabbitMQ would. */
class EmbeddedBrokerIT {

    private static final String QUEUE = "embedded-broker-it.durable";

    @TempDir
    Path dataDir;

    @Test
    void persistent_messages_it_confirmed_are_still_there_after_a_restart_on_the_same_folder() throws Exception {
        BrokerSettings settings = BrokerSettings.defaults(dataDir).withPort(0);
        try (EmbeddedBroker broker = EmbeddedBroker.start(settings)) {
            CachingConnectionFactory connections = Clients.confirmingConnections(broker);
            try {
                new RabbitAdmin(connections).declareQueue(new Queue(QUEUE, true));
                RabbitTemplate template = new RabbitTemplate(connections);
                List<CorrelationData> confirms = new ArrayList<>();
                for (int i = 1; i <= 10; i++) {
                    CorrelationData confirm = new CorrelationData("m" + i);
                    template.send("", QUEUE, persistent("message " + i), confirm);
                    confirms.add(confirm);
                }
                for (CorrelationData confirm : confirms) {
                    assertThat(confirm.getFuture().get(10, TimeUnit.SECONDS).ack()).isTrue();
                }
            } finally {
                connections.destroy();
            }
        }

        try (EmbeddedBroker restarted = EmbeddedBroker.start(settings)) {
            CachingConnectionFactory connections = Clients.confirmingConnections(restarted);
            try {
                RabbitTemplate template = new RabbitTemplate(connections);
                List<String> bodies = new ArrayList<>();
                for (int i = 1; i <= 10; i++) {
                    Message message = template.receive(QUEUE, 5_000);
                    assertThat(message).as("message %d after the restart", i).isNotNull();
                    bodies.add(new String(message.getBody(), StandardCharsets.UTF_8));
                }
                assertThat(bodies).containsExactly(
                        "message 1", "message 2", "message 3", "message 4", "message 5",
                        "message 6", "message 7", "message 8", "message 9", "message 10");
                assertThat(template.receive(QUEUE)).as("nothing more").isNull();
            } finally {
                connections.destroy();
            }
        }
    }

    @Test
    void the_virtual_host_answers_to_its_name_with_or_without_a_slash_and_to_rabbitmqs_default_slash() {
        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerSettings.defaults(dataDir).withPort(0)
                .withVirtualHost("shop"))) {
            for (String virtualHost : List.of("shop", "/shop", "/")) {
                CachingConnectionFactory connections = Clients.connections(broker, virtualHost);
                try {
                    new RabbitAdmin(connections).declareQueue(new Queue("vhost-" + virtualHost.length(), false));
                    assertThat(new RabbitAdmin(connections).getQueueInfo("vhost-" + virtualHost.length()))
                            .as("declared through virtual host '%s'", virtualHost).isNotNull();
                } finally {
                    connections.destroy();
                }
            }
        }
    }

    @Test
    void a_client_with_the_wrong_password_is_refused() {
        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerSettings.defaults(dataDir).withPort(0)
                .withCredentials("shop", "s3cret"))) {
            CachingConnectionFactory connections = Clients.connections(broker, broker.virtualHost());
            connections.setPassword("wrong");
            try {
                // Qpid closes the socket instead of answering ACCESS_REFUSED; the client calls that a possible
                // authentication failure, and Spring AMQP translates it as one.
                assertThatThrownBy(connections::createConnection)
                        .isInstanceOf(AmqpAuthenticationException.class);
            } finally {
                connections.destroy();
            }
        }
    }

    @Test
    void starting_on_a_port_already_taken_fails_instead_of_running_half_started() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> EmbeddedBroker.start(BrokerSettings.defaults(dataDir).withPort(taken.getLocalPort())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()));
        }
        // The failed start released the store: a new broker opens it.
        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerSettings.defaults(dataDir).withPort(0))) {
            assertThat(broker.port()).isPositive();
        }
    }

    @Test
    void a_second_broker_on_a_folder_in_use_is_refused_and_the_folder_is_free_again_once_the_first_closed() {
        BrokerSettings settings = BrokerSettings.defaults(dataDir).withPort(0);
        try (EmbeddedBroker first = EmbeddedBroker.start(settings)) {
            assertThatThrownBy(() -> EmbeddedBroker.start(settings))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("uses");
            assertThat(first.port()).isPositive();
        }
        try (EmbeddedBroker again = EmbeddedBroker.start(settings)) {
            assertThat(again.port()).isPositive();
        }
    }

    @Test
    void only_its_owner_stops_it_qpids_own_shutdown_hook_is_withdrawn() {
        try (EmbeddedBroker broker = EmbeddedBroker.start(BrokerSettings.defaults(dataDir).withPort(0))) {
            assertThat(broker.qpidShutdownHookWithdrawn())
                    .as("Qpid's hook was registered and is now withdrawn, so the launcher stops the broker last")
                    .isTrue();
        }
    }

    private static Message persistent(String body) {
        MessageProperties properties = new MessageProperties();
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        return new Message(body.getBytes(StandardCharsets.UTF_8), properties);
    }
}
