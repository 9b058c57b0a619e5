package dev.eventualshop.messaging;

import java.util.Map;
import java.util.UUID;

/**
 * A consumed message, parsed: its ids, type and revision, stream position (for events), the headers that
 * link it to its cause, and the payload as the current record of its type.
 *
 * @param streamType {@code null} for messages that are not events (commands, outcomes)
 * @param version    0 for messages that are not events
 */
public record InboundMessage(UUID messageId, String type, int revision, UUID correlationId, UUID causationId,
                             String issuer, String traceparent, String streamType, String streamId, long version,
                             Map<String, Object> headers, String body, Object payload) {

    /**
     * The key messages are ordered and parked by: the event's stream, or the message itself for messages
     * that belong to no stream.
     */
    public String streamKey() {
        return streamType == null ? "message/" + messageId : streamType + "/" + streamId;
    }
}
