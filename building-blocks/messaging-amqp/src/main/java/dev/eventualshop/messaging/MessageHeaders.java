package dev.eventualshop.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

/**
 * Headers every message carries besides the AMQP properties {@code message_id}, {@code type},
 * {@code correlation_id}, {@code content_type} and {@code timestamp}. Stream headers are set on events (and
 * the integration events mapped from them) so consumers can apply them by version.
 */
public final class MessageHeaders {

    /** Revision of the payload's shape for its type. */
    public static final String REVISION = "es-revision";
    /** The command or message that caused this one. */
    public static final String CAUSATION_ID = "es-causation-id";
    /** The command that appended the event, or whose outcome this is. */
    public static final String COMMAND_ID = "es-command-id";
    /** Who issued the command: a user id from a token, or a system actor. */
    public static final String ISSUER = "es-issuer";
    public static final String STREAM_TYPE = "es-stream-type";
    public static final String STREAM_ID = "es-stream-id";
    public static final String VERSION = "es-version";
    /** W3C trace context, so a trace spans HTTP, the event store and AMQP. */
    public static final String TRACEPARENT = "traceparent";
    /**
     * {@value #PUBLIC} on integration events: the context's public contract, which may have no subscriber yet,
     * so the relay publishes them without mandatory routing (docs/adr/0006). Absent on everything else.
     */
    public static final String AUDIENCE = "es-audience";
    public static final String PUBLIC = "public";

    /** The issuer of the commands {@code context} sends other contexts through its outbox. */
    public static String systemIssuer(String context) {
        return "system:" + context;
    }

    private MessageHeaders() {
    }

    /**
     * The properties every message a service publishes carries: persistent JSON with its id, type, revision,
     * correlation, the command that caused it, its issuer and trace context. Events add their stream headers.
     */
    public static MessageProperties properties(UUID messageId, String type, int revision, UUID correlationId,
                                               UUID commandId, String issuer, String traceparent, Instant at) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(messageId.toString());
        properties.setType(type);
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setCorrelationId(correlationId.toString());
        properties.setTimestamp(Date.from(at));
        properties.setHeader(REVISION, revision);
        properties.setHeader(COMMAND_ID, commandId.toString());
        properties.setHeader(CAUSATION_ID, commandId.toString());
        if (issuer != null) {
            properties.setHeader(ISSUER, issuer);
        }
        if (traceparent != null) {
            properties.setHeader(TRACEPARENT, traceparent);
        }
        return properties;
    }
}
