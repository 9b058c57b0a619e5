package dev.eventualshop.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

/** Local mode's infrastructure as one piece: its data survives a stop and a start under the same folder. */
class EmbeddedInfrastructureIT {

    private static final String QUEUE = "infrastructure-it.events";

    @TempDir
    Path dataDir;

    @Test
    void data_in_the_embedded_broker_and_mongodb_stand_in_survives_a_restart_of_the_infrastructure() throws Exception {
        InfrastructureSettings settings = InfrastructureSettings.ephemeral(dataDir);
        try (EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(settings)) {
            publishConfirmed(infrastructure.broker(), "OrderPlaced#1");
            try (MongoClient client = MongoClients.create(infrastructure.mongo().connectionString())) {
                client.getDatabase("order").getCollection("orders")
                        .insertOne(new Document("_id", "order-1").append("status", "PLACED"));
            }
        }
        assertThat(dataDir.resolve("broker")).isDirectory();
        assertThat(dataDir.resolve("mongo.mv")).isRegularFile();

        try (EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(settings)) {
            assertThat(receive(infrastructure.broker())).isEqualTo("OrderPlaced#1");
            try (MongoClient client = MongoClients.create(infrastructure.mongo().connectionString())) {
                Document order = client.getDatabase("order").getCollection("orders")
                        .find(Filters.eq("_id", "order-1")).first();
                assertThat(order).isNotNull();
                assertThat(order.getString("status")).isEqualTo("PLACED");
            }
            sendMail(infrastructure.smtp());
            assertThat(infrastructure.smtp().received("erin@example.com")).extracting(ReceivedMail::subject)
                    .containsExactly("Welcome back");
        }
    }

    @Test
    void a_start_that_fails_part_way_closes_what_it_had_started_and_releases_the_folder() throws Exception {
        InfrastructureSettings settings = InfrastructureSettings.ephemeral(dataDir);
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName(Ports.LOOPBACK))) {
            InfrastructureSettings clashing = settings.withSmtp(new SmtpSettings(taken.getLocalPort()));

            assertThatThrownBy(() -> EmbeddedInfrastructure.start(clashing)).isInstanceOf(IllegalStateException.class);
        }

        // The broker and MongoDB of the failed start let go of their stores: a new start opens both.
        try (EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.start(settings)) {
            assertThat(infrastructure.broker().port()).isPositive();
            assertThat(infrastructure.mongo().port()).isPositive();
            assertThat(infrastructure.smtp().port()).isPositive();
        }
    }

    @Test
    void a_suite_starts_it_in_a_temporary_folder_and_gives_a_service_the_broker_and_its_own_database() {
        try (EmbeddedInfrastructure infrastructure = EmbeddedInfrastructure.startEphemeral("infrastructure-it")) {
            assertThat(infrastructure.serviceProperties("orders-query"))
                    .containsEntry("spring.rabbitmq.host", infrastructure.broker().host())
                    .containsEntry("spring.rabbitmq.port", infrastructure.broker().port())
                    .containsEntry("spring.rabbitmq.username", infrastructure.broker().username())
                    .containsEntry("spring.rabbitmq.password", infrastructure.broker().password())
                    .containsEntry("spring.rabbitmq.virtual-host", infrastructure.broker().virtualHost())
                    .containsEntry("spring.mongodb.uri", infrastructure.mongo().connectionString() + "/orders-query")
                    .hasSize(6);
            assertThat(infrastructure.brokerArguments()).hasSize(5)
                    .contains("--spring.rabbitmq.port=" + infrastructure.broker().port());
        }
    }

    private static void publishConfirmed(EmbeddedBroker broker, String body) throws Exception {
        CachingConnectionFactory connections = Clients.confirmingConnections(broker);
        try {
            new RabbitAdmin(connections).declareQueue(new Queue(QUEUE, true));
            MessageProperties properties = new MessageProperties();
            properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
            CorrelationData confirm = new CorrelationData(body);
            new RabbitTemplate(connections).send("", QUEUE, new Message(body.getBytes(StandardCharsets.UTF_8), properties), confirm);
            assertThat(confirm.getFuture().get(10, TimeUnit.SECONDS).ack()).isTrue();
        } finally {
            connections.destroy();
        }
    }

    private static String receive(EmbeddedBroker broker) {
        CachingConnectionFactory connections = Clients.connections(broker, broker.virtualHost());
        try {
            Message message = new RabbitTemplate(connections).receive(QUEUE, 5_000);
            assertThat(message).as("a message on " + QUEUE).isNotNull();
            return new String(message.getBody(), StandardCharsets.UTF_8);
        } finally {
            connections.destroy();
        }
    }

    private static void sendMail(EmbeddedSmtp smtp) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom("shop@eventualshop.dev");
        mail.setTo("erin@example.com");
        mail.setSubject("Welcome back");
        mail.setText("Hello again.");
        sender.send(mail);
    }
}
