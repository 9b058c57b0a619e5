package dev.eventualshop.projection;

import java.util.Objects;
import java.util.UUID;

/**
 * One delivery of an event to the projections: the decoded payload with what ordering and deduplication
 * need (kind, message id, source stream and version), and the raw form so an early event can wait in storage
 * and be read again.
 *
 * @param streamType {@code null} for an integration event that belongs to no stream
 * @param version    the event's version in its stream; 0 for an event that belongs to no stream
 * @param type       registered type name of the payload (for storage of early events; may be {@code null} in
 *                   memory)
 * @param body       the payload as JSON, as received (may be {@code null} in memory)
 */
public record Delivery(Kind kind, UUID messageId, String streamType, String streamId, long version, Object payload,
                       String type, int revision, String body) {

    /** Own domain events are applied by version; integration events only when newer. */
    public enum Kind { OWN, INTEGRATION }

    public Delivery {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(payload, "payload");
        if (kind == Kind.OWN && (streamType == null || streamId == null || version < 1)) {
            throw new IllegalArgumentException("an own domain event has a stream and a version >= 1");
        }
    }

    public static Delivery own(UUID messageId, String streamType, String streamId, long version, Object payload) {
        return new Delivery(Kind.OWN, messageId, streamType, streamId, version, payload, null, 0, null);
    }

    public static Delivery integration(UUID messageId, String streamType, String streamId, long version,
                                       Object payload) {
        return new Delivery(Kind.INTEGRATION, messageId, streamType, streamId, version, payload, null, 0, null);
    }

    /** The key of the source stream: {@code <streamType>/<streamId>}, or {@code message/<id>} without one. */
    public String streamKey() {
        return streamType == null ? "message/" + messageId : streamType + "/" + streamId;
    }

    /** The same delivery with its raw form, for stores that keep early events outside memory. */
    public Delivery withRaw(String rawType, int rawRevision, String rawBody) {
        return new Delivery(kind, messageId, streamType, streamId, version, payload, rawType, rawRevision, rawBody);
    }
}
