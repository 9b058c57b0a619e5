package dev.eventualshop.identity.command;


import dev.eventualshop.communication.CommunicationMessages;
import dev.eventualshop.contracts.MessageType;
import dev.eventualshop.messaging.Topology;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for Communication in Identity's suites: a queue bound to {@code communication.commands} for the mail
 * commands Identity sends, collecting them as they arrive. Bind it before Identity's relay publishes: the relay
 * keeps a command nobody consumes in its outbox.
 */
final class MailRequests {

    /** A mail Identity asked for; {@code link} is the confirmation link, absent from a registration notice. */
    record MailRequest(String type, UUID notificationId, UUID userId, String email, String link) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RabbitTemplate template;
    private final String queue;
    private final List<MailRequest> received = new CopyOnWriteArrayList<>();

    private MailRequests(ConnectionFactory connection, String queue) {
        this.template = new RabbitTemplate(connection);
        this.queue = queue;
    }

    static MailRequests bind(ConnectionFactory connection, String queue) {
        RabbitAdmin admin = new RabbitAdmin(connection);
        String exchange = Topology.commands(CommunicationMessages.CONTEXT);
        admin.declareExchange(Topology.exchange(exchange));
        admin.declareQueue(new Queue(queue, false, false, false));
        for (MessageType type : CommunicationMessages.publicCommands().all()) {
            admin.declareBinding(new Binding(queue, Binding.DestinationType.QUEUE, exchange, type.name(), null));
        }
        return new MailRequests(connection, queue);
    }

    /** The first {@code count} mails asked for {@code email} (any case), in the order they arrived. */
    List<MailRequest> await(String email, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            drain();
            return to(email).size() >= count;
        });
        return to(email);
    }

    /** Every mail asked for {@code email} so far. */
    List<MailRequest> to(String email) {
        drain();
        return received.stream().filter(request -> request.email().equalsIgnoreCase(email)).toList();
    }

    private void drain() {
        Message message;
        while ((message = template.receive(queue)) != null) {
            JsonNode body = JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
            received.add(new MailRequest(message.getMessageProperties().getType(),
                    UUID.fromString(body.get("notificationId").asString()), UUID.fromString(body.get("userId").asString()),
                    body.get("email").asString(), body.has("link") ? body.get("link").asString() : null));
        }
    }
}
