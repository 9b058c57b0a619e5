package dev.eventualshop.projection.amqp;

import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.projection.ProjectionUpdate;
import dev.eventualshop.projection.UpdateListener;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes {@code {view, id, version, revision, owners}} to the fanout exchange {@code projections.updates}
 * after each write. The message id derives from view, id and revision, so a re-announcement after a
 * redelivery carries the same id as the first. The exchange is declared before the first publish (Qpid acks a
 * publish to a missing exchange and drops it). Notifications are transient: they are hints for the gateway's
 * auto-delete queues, and a reader that missed one reads the document anyway.
 */
public final class AmqpUpdatePublisher implements UpdateListener {

    private static final UUID NAMESPACE = UUID.fromString("b1f4c1a6-3f1e-4c39-9d0a-5b8e2f6c7d41");

    private final RabbitTemplate template;
    private final AmqpAdmin admin;
    private final JsonMapper mapper;
    private volatile boolean declared;

    public AmqpUpdatePublisher(RabbitTemplate template, AmqpAdmin admin, JsonMapper mapper) {
        this.template = template;
        this.admin = admin;
        this.mapper = mapper;
    }

    /** The message id of an update: the same for every announcement of one write. */
    public static UUID messageId(ProjectionUpdate update) {
        return Uuids.v5(NAMESPACE, update.view() + "/" + update.id() + "#" + update.revision());
    }

    @Override
    public void updated(ProjectionUpdate update) {
        if (!declared) {
            admin.declareExchange(Topology.exchange(Topology.PROJECTION_UPDATES));
            declared = true;
        }
        String id = messageId(update).toString();
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(id);
        properties.setCorrelationId(id);
        properties.setType(ProjectionUpdate.TYPE);
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.NON_PERSISTENT);
        properties.setHeader(MessageHeaders.REVISION, 1);
        byte[] body = mapper.writeValueAsString(new Body(update.view(), update.id(), update.version(),
                update.revision(), new TreeSet<>(update.owners()))).getBytes(StandardCharsets.UTF_8);
        template.send(Topology.PROJECTION_UPDATES, "", new Message(body, properties));
    }

    /** The JSON shape, owners in a stable order. */
    private record Body(String view, String id, long version, long revision, TreeSet<String> owners) {
    }
}
