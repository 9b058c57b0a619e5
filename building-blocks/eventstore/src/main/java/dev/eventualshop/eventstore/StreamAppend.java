package dev.eventualshop.eventstore;

import java.util.List;
import java.util.Objects;

/**
 * Events to append to one stream, valid only if the stream is still at {@code expectedVersion} (0 for a
 * stream that does not exist yet).
 */
public record StreamAppend(StreamRef stream, long expectedVersion, List<?> events) {

    public StreamAppend {
        Objects.requireNonNull(stream, "stream");
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expected version must be >= 0, got " + expectedVersion);
        }
        events = List.copyOf(events);
    }

    /** The version of the last appended event, or the expected version when nothing is appended. */
    public long lastVersion() {
        return expectedVersion + events.size();
    }
}
