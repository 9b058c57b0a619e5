package dev.eventualshop.eventstore;

import dev.eventualshop.contracts.Uuids;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;

/**
 * Appends events to streams and reads streams back, in the {@code events} table.
 *
 * <p>An append is atomic over all its streams when run inside one transaction (the pipeline's): each stream's
 * events get versions {@code expectedVersion + 1..n}, and the unique (stream type, stream id, version) key
 * makes a stale expected version fail with a {@link DuplicateKeyException}, which rolls back every stream of
 * the append. This is the hot path of every command service, so it is plain JDBC with as few round trips as
 * the database allows (see docs/adr/0005-one-round-trip-per-pipeline-step.md).
 */
public class EventStore {

    private static final String INSERT = """
            insert into events (stream_type, stream_id, version, event_type, revision, payload, event_id,
                                command_id, correlation_id, causation_id, traceparent, occurred_at)
            values\s""";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Rows per multi-row insert: far below PostgreSQL's 65,535 bind parameters and SQL Server's 2,100. */
    private static final int ROWS_PER_STATEMENT = 100;
    private static final String READ = """
            select version, event_type, revision, payload from events
            where stream_type = ? and stream_id = ? and version > ? order by version""";
    /**
     * The snapshot of the wanted state revision (kind 0) and the events after it (kind 1), in one round trip.
     * Without a matching snapshot the second branch reads the stream from its first event.
     */
    private static final String SNAPSHOT_AND_TAIL = """
            select 0, version, cast(null as varchar(128)), state_revision, state from snapshots
            where stream_type = ? and stream_id = ? and state_revision = ?
            union all
            select 1, version, event_type, revision, payload from events
            where stream_type = ? and stream_id = ? and version > coalesce((select version from snapshots
                where stream_type = ? and stream_id = ? and state_revision = ?), 0)
            order by 1, 2""";
    private static final String VERSION = """
            select max(version) from events where stream_type = ? and stream_id = ?""";

    private final JdbcTemplate jdbc;
    private final MessageCodec codec;
    private final boolean multiStatement;

    /**
     * @param multiStatement whether the driver sends several statements of one {@code PreparedStatement} in one
     *                       round trip and reports each one's errors (pgjdbc does); otherwise they go one by one
     */
    public EventStore(JdbcTemplate jdbc, MessageCodec codec, boolean multiStatement) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.multiStatement = multiStatement;
    }

    public MessageCodec codec() {
        return codec;
    }

    /**
     * Appends every stream's events, each at its expected version. Call inside a transaction so that a
     * conflict on one stream leaves no event in any.
     *
     * @throws DuplicateKeyException when a stream is no longer at its expected version
     */
    public void append(CommandEnvelope<?> envelope, Instant occurredAt, List<StreamAppend> appends) {
        write(envelope, occurredAt.atOffset(ZoneOffset.UTC), rows(envelope, appends), null);
    }

    /**
     * Appends like {@link #append(CommandEnvelope, Instant, List)}, then runs {@code then} (the command's
     * {@code commands} row) in the same transaction; on PostgreSQL both go out in one round trip.
     *
     * @throws DuplicateKeyException when a stream is no longer at its expected version, or {@code then} hits a
     *                               unique key
     */
    public void append(CommandEnvelope<?> envelope, Instant occurredAt, List<StreamAppend> appends,
                       SqlStatement then) {
        write(envelope, occurredAt.atOffset(ZoneOffset.UTC), rows(envelope, appends), then);
    }

    /** The events of {@code stream} after {@code afterVersion}, oldest first, in their current revision. */
    public <E> List<RecordedEvent<E>> read(StreamRef stream, long afterVersion) {
        List<RecordedEvent<E>> events = new ArrayList<>();
        jdbc.query(READ, rs -> {
            events.add(event(stream, rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
        }, stream.type(), stream.id(), afterVersion);
        return events;
    }

    /**
     * The stream's snapshot stored at {@code stateRevision}, if any, and the events after it (after version 0
     * without one), in one round trip. The snapshot comes back as stored: decoding it is the caller's.
     */
    public <E> FromSnapshot<E> readFromSnapshot(StreamRef stream, int stateRevision) {
        List<RecordedEvent<E>> events = new ArrayList<>();
        long[] snapshotVersion = {0};
        String[] snapshotState = {null};
        jdbc.query(SNAPSHOT_AND_TAIL, rs -> {
            if (rs.getInt(1) == 0) {
                snapshotVersion[0] = rs.getLong(2);
                snapshotState[0] = rs.getString(5);
            } else {
                events.add(event(stream, rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getString(5)));
            }
        }, stream.type(), stream.id(), stateRevision, stream.type(), stream.id(), stream.type(), stream.id(),
                stateRevision);
        return new FromSnapshot<>(snapshotVersion[0], snapshotState[0], events);
    }

    /** The stream's current version, 0 when it has no event. */
    public long version(StreamRef stream) {
        Long version = jdbc.queryForObject(VERSION, Long.class, stream.type(), stream.id());
        return version == null ? 0 : version;
    }

    /**
     * A stream read from its snapshot: {@code snapshotState} is the stored state at {@code snapshotVersion},
     * or null (and the version 0) when there was none at the wanted revision; {@code events} follow it.
     */
    public record FromSnapshot<E>(long snapshotVersion, String snapshotState, List<RecordedEvent<E>> events) {
    }

    @SuppressWarnings("unchecked")
    private <E> RecordedEvent<E> event(StreamRef stream, long version, String type, int revision, String json) {
        return new RecordedEvent<>(stream, version, (E) codec.deserialize(type, revision, json));
    }

    private List<Row> rows(CommandEnvelope<?> envelope, List<StreamAppend> appends) {
        List<Row> rows = new ArrayList<>();
        for (StreamAppend append : appends) {
            long version = append.expectedVersion();
            for (Object event : append.events()) {
                version++;
                rows.add(new Row(append.stream(), version, codec.serialize(event),
                        eventId(envelope, append.stream(), version)));
            }
        }
        return rows;
    }

    /**
     * Multi-row inserts of {@link #ROWS_PER_STATEMENT} rows, with {@code then} appended to the last one as a
     * second statement where the driver sends both in one round trip.
     */
    private void write(CommandEnvelope<?> envelope, OffsetDateTime at, List<Row> rows, SqlStatement then) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            boolean last = from + ROWS_PER_STATEMENT >= rows.size();
            SqlStatement joined = last && multiStatement ? then : null;
            String sql = INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW))
                    + (joined == null ? "" : ";\n" + joined.sql());
            jdbc.execute(sql, (PreparedStatement ps) -> {
                int index = 1;
                for (Row row : chunk) {
                    index = row.bind(ps, index, envelope, at);
                }
                if (joined != null) {
                    for (Object arg : joined.args()) {
                        StatementCreatorUtils.setParameterValue(ps, index++, SqlTypeValue.TYPE_UNKNOWN, arg);
                    }
                }
                ps.execute();
                return null;
            });
        }
        if (then != null && (rows.isEmpty() || !multiStatement)) {
            jdbc.update(then.sql(), then.args());
        }
    }

    /** Event ids derive from the command and the slot they fill, so a retried publish carries the same id. */
    private static UUID eventId(CommandEnvelope<?> envelope, StreamRef stream, long version) {
        return Uuids.v5(envelope.commandId(), stream + "#" + version);
    }

    /** One event's row, bound with typed setters: this runs for every event of every command. */
    private record Row(StreamRef stream, long version, MessageCodec.Serialized message, UUID eventId) {

        int bind(PreparedStatement ps, int first, CommandEnvelope<?> envelope, OffsetDateTime at)
                throws SQLException {
            int i = first;
            ps.setString(i++, stream.type());
            ps.setString(i++, stream.id());
            ps.setLong(i++, version);
            ps.setString(i++, message.type());
            ps.setInt(i++, message.revision());
            ps.setString(i++, message.json());
            ps.setObject(i++, eventId);
            ps.setObject(i++, envelope.commandId());
            ps.setObject(i++, envelope.correlationId());
            ps.setObject(i++, envelope.causationId());
            ps.setString(i++, envelope.traceparent());
            ps.setObject(i++, at);
            return i;
        }
    }
}
