package dev.eventualshop.messaging.consumer;

import dev.eventualshop.messaging.InboundMessage;
import dev.eventualshop.messaging.MessageHeaders;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

/**
 * Reads a consumed AMQP message into an {@link InboundMessage}, refusing (as unparseable) a message without a
 * UUID message id, type or correlation id, a body that is not UTF-8 or larger than the limit, or a payload
 * the decoder cannot read.
 */
final class InboundParser {

    private final PayloadDecoder decoder;
    private final int maxBodyBytes;

    InboundParser(PayloadDecoder decoder, int maxBodyBytes) {
        this.decoder = decoder;
        this.maxBodyBytes = maxBodyBytes;
    }

    InboundMessage parse(Message message) {
        MessageProperties properties = message.getMessageProperties();
        Map<String, Object> headers = properties.getHeaders();
        UUID messageId = uuid(properties.getMessageId(), "message id");
        String type = properties.getType();
        if (type == null || type.isBlank()) {
            throw unparseable("no type", null);
        }
        UUID correlationId = uuid(properties.getCorrelationId(), "correlation id");
        int revision = integer(headers.get(MessageHeaders.REVISION), 1);
        String body = body(message.getBody());
        Object payload;
        try {
            payload = decoder.decode(type, revision, body);
        } catch (RuntimeException e) {
            throw unparseable("cannot read %s revision %d".formatted(type, revision), e);
        }
        String streamType = text(headers.get(MessageHeaders.STREAM_TYPE));
        String streamId = text(headers.get(MessageHeaders.STREAM_ID));
        long version = streamType == null ? 0 : number(headers.get(MessageHeaders.VERSION), -1);
        if (streamType != null && (streamId == null || version < 1)) {
            throw unparseable("stream headers without a stream id or version", null);
        }
        String causation = text(headers.get(MessageHeaders.CAUSATION_ID));
        return new InboundMessage(messageId, type, revision, correlationId,
                causation == null ? null : uuid(causation, "causation id"), text(headers.get(MessageHeaders.ISSUER)),
                text(headers.get(MessageHeaders.TRACEPARENT)), streamType, streamId, version, Map.copyOf(stringHeaders(headers)),
                body, payload);
    }

    private String body(byte[] bytes) {
        if (bytes.length > maxBodyBytes) {
            throw unparseable("body of %d bytes exceeds %d".formatted(bytes.length, maxBodyBytes), null);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw unparseable("body is not UTF-8", e);
        }
    }

    private static Map<String, Object> stringHeaders(Map<String, Object> headers) {
        Map<String, Object> copy = new java.util.HashMap<>();
        headers.forEach((name, value) -> {
            if (value != null) {
                copy.put(name, value instanceof Number ? value : value.toString());
            }
        });
        return copy;
    }

    private static UUID uuid(String value, String what) {
        try {
            return UUID.fromString(value);
        } catch (RuntimeException e) {
            throw unparseable("missing or malformed " + what + ": " + value, e);
        }
    }

    private static int integer(Object value, int fallback) {
        return Math.toIntExact(number(value, fallback));
    }

    private static long number(Object value, long fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString());
        } catch (NumberFormatException e) {
            throw unparseable("not a number: " + value, e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static UnparseableMessageException unparseable(String why, Throwable cause) {
        return new UnparseableMessageException(why, cause);
    }
}
