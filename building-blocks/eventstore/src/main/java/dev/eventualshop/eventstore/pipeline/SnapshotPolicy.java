package dev.eventualshop.eventstore.pipeline;

import java.util.Objects;

/**
 * When to snapshot a stream type: after an append crosses a multiple of {@code every} events. A snapshot
 * stored with another {@code stateRevision} is ignored and the stream replayed, so bump the revision
 * whenever the state's shape changes.
 */
public record SnapshotPolicy<S>(int every, Class<S> stateType, int stateRevision) {

    public SnapshotPolicy {
        Objects.requireNonNull(stateType, "stateType");
        if (every < 1) {
            throw new IllegalArgumentException("snapshot interval must be >= 1, got " + every);
        }
        if (stateRevision < 1) {
            throw new IllegalArgumentException("state revisions start at 1, got " + stateRevision);
        }
    }

    /** Whether appending versions {@code fromVersion + 1 .. toVersion} crosses a snapshot point. */
    public boolean crossed(long fromVersion, long toVersion) {
        return toVersion > fromVersion && toVersion / every > fromVersion / every;
    }
}
