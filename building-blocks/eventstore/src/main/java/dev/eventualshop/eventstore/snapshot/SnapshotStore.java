package dev.eventualshop.eventstore.snapshot;

import dev.eventualshop.eventstore.StreamRef;
import dev.eventualshop.eventstore.pipeline.SnapshotPolicy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code snapshots} table: the latest snapshot of a stream. A snapshot is only a cache: one of another
 * state revision, or one that fails to decode, is ignored (and the stream replayed from its first event).
 * The pipeline reads a snapshot together with the events after it ({@code EventStore.readFromSnapshot}) and
 * decodes it here.
 */
public class SnapshotStore {

    private static final Logger log = LoggerFactory.getLogger(SnapshotStore.class);

    private static final String REPLACE_OLDER = """
            update snapshots set version = ?, state_revision = ?, state = ?, taken_at = ?
            where stream_type = ? and stream_id = ? and (version < ? or state_revision <> ?)""";
    private static final String EXISTS = """
            select count(*) from snapshots where stream_type = ? and stream_id = ?""";
    private static final String INSERT = """
            insert into snapshots (stream_type, stream_id, version, state_revision, state, taken_at)
            values (?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final StateCodec codec;

    public SnapshotStore(JdbcTemplate jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.codec = new StateCodec(mapper);
    }

    /** The state in a stored snapshot, or empty (logged) when it cannot be decoded. */
    public <S> Optional<S> decode(StreamRef stream, long version, String state, SnapshotPolicy<S> policy) {
        try {
            return Optional.of(codec.read(state, policy.stateType()));
        } catch (RuntimeException unreadable) {
            log.warn("Ignoring unreadable snapshot of {} at version {}: {}", stream, version, unreadable.toString());
            return Optional.empty();
        }
    }

    /**
     * Stores {@code snapshot} as the stream's snapshot unless one as new at the same state revision is stored.
     * Call inside a transaction.
     */
    public <S> void save(StreamRef stream, Snapshot<S> snapshot, SnapshotPolicy<S> policy, Instant takenAt) {
        String state = codec.write(snapshot.state(), policy.stateType());
        var at = takenAt.atOffset(ZoneOffset.UTC);
        int replaced = jdbc.update(REPLACE_OLDER, snapshot.version(), policy.stateRevision(), state, at,
                stream.type(), stream.id(), snapshot.version(), policy.stateRevision());
        if (replaced == 0 && jdbc.queryForObject(EXISTS, Long.class, stream.type(), stream.id()) == 0) {
            jdbc.update(INSERT, stream.type(), stream.id(), snapshot.version(), policy.stateRevision(), state, at);
        }
    }
}
