package dev.eventualshop.projection;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * How far a document has seen one source stream of integration events: the newest version applied, and the
 * ids of the messages applied at that version (one domain event may map to several integration events, which
 * share their source's version, so the version alone cannot tell them from a redelivery).
 *
 * @param stream {@code <streamType>/<streamId>} of the source, or {@code message/<id>} for a message without one
 */
public record SourcePosition(String stream, long version, List<UUID> messageIds) {

    public SourcePosition {
        Objects.requireNonNull(stream, "stream");
        messageIds = List.copyOf(messageIds);
    }
}
