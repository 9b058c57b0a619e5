package dev.eventualshop.messaging.consumer;

import dev.eventualshop.messaging.InboundMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

/** A message parked on a queue for its stream, with why, in the order it was parked. */
public record ParkedMessage(long id, String queue, String streamKey, String messageId, String type,
                            Map<String, Object> headers, String body, String reason, Instant parkedAt) {

    /** The stored header that carries the AMQP correlation id, which is a property, not a header. */
    public static final String CORRELATION_ID = "amqp-correlation-id";

    /** The headers a {@link ParkingLot} stores for {@code message}: its AMQP headers plus its correlation id. */
    public static Map<String, Object> headersOf(InboundMessage message) {
        Map<String, Object> headers = new HashMap<>(message.headers());
        headers.put(CORRELATION_ID, message.correlationId().toString());
        return headers;
    }

    /** The message as it was consumed, to hand to its handler again on replay. */
    Message toAmqp() {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(messageId);
        properties.setType(type);
        headers.forEach((name, value) -> {
            if (CORRELATION_ID.equals(name)) {
                properties.setCorrelationId(value.toString());
            } else {
                properties.setHeader(name, value);
            }
        });
        return new Message(body.getBytes(StandardCharsets.UTF_8), properties);
    }
}
