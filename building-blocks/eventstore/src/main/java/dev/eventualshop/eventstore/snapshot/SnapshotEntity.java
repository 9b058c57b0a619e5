package dev.eventualshop.eventstore.snapshot;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The latest snapshot of one stream, as a row of {@code snapshots}. */
@Entity
@Table(name = "snapshots")
class SnapshotEntity {

    /** Snapshots are keyed by their stream. */
    @Embeddable
    record Key(@Column(name = "stream_type") String streamType, @Column(name = "stream_id") String streamId) {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "state_revision", nullable = false)
    private int stateRevision;

    @Column(name = "state", nullable = false)
    private String state;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    protected SnapshotEntity() {
    }

    SnapshotEntity(Key key) {
        this.key = key;
    }

    void update(long version, int stateRevision, String state, Instant takenAt) {
        this.version = version;
        this.stateRevision = stateRevision;
        this.state = state;
        this.takenAt = takenAt;
    }

    long version() {
        return version;
    }

    int stateRevision() {
        return stateRevision;
    }

    String state() {
        return state;
    }
}
