package dev.eventualshop.eventstore;

import dev.eventualshop.contracts.Uuids;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Appends events to streams and reads streams back, in the {@code events} table.
 *
 * <p>An append is atomic over all its streams when run inside one transaction (the pipeline's): each stream's
 * events get versions {@code expectedVersion + 1..n}, and the unique (stream type, stream id, version) key
 * makes a stale expected version fail with a {@link DuplicateKeyException}, which rolls back every stream of
 * the append. This is the hot path of every command service, so it is plain batched JDBC (see
 * docs/adr/0002-event-store-on-jdbc-and-jpa.md).
 */
public class EventStore {

    private static final String INSERT = """
            insert into events (stream_type, stream_id, version, event_type, revision, payload, event_id,
                                command_id, correlation_id, causation_id, traceparent, occurred_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String READ = """
            select version, event_type, revision, payload from events
            where stream_type = ? and stream_id = ? and version > ? order by version""";
    private static final String VERSION = """
            select max(version) from events where stream_type = ? and stream_id = ?""";

    private final JdbcTemplate jdbc;
    private final MessageCodec codec;

    public EventStore(JdbcTemplate jdbc, MessageCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
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
        List<Row> rows = new ArrayList<>();
        for (StreamAppend append : appends) {
            long version = append.expectedVersion();
            for (Object event : append.events()) {
                version++;
                rows.add(new Row(append.stream(), version, codec.serialize(event)));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        var at = occurredAt.atOffset(ZoneOffset.UTC);
        jdbc.batchUpdate(INSERT, rows, rows.size(), (PreparedStatement ps, Row row) -> {
            ps.setString(1, row.stream().type());
            ps.setString(2, row.stream().id());
            ps.setLong(3, row.version());
            ps.setString(4, row.message().type());
            ps.setInt(5, row.message().revision());
            ps.setString(6, row.message().json());
            ps.setObject(7, eventId(envelope, row));
            ps.setObject(8, envelope.commandId());
            ps.setObject(9, envelope.correlationId());
            ps.setObject(10, envelope.causationId());
            ps.setString(11, envelope.traceparent());
            ps.setObject(12, at);
        });
    }

    /** The events of {@code stream} after {@code afterVersion}, oldest first, in their current revision. */
    @SuppressWarnings("unchecked")
    public <E> List<RecordedEvent<E>> read(StreamRef stream, long afterVersion) {
        List<RecordedEvent<E>> events = new ArrayList<>();
        jdbc.query(READ, rs -> {
            events.add(new RecordedEvent<>(stream, rs.getLong(1),
                    (E) codec.deserialize(rs.getString(2), rs.getInt(3), rs.getString(4))));
        }, stream.type(), stream.id(), afterVersion);
        return events;
    }

    /** The stream's current version, 0 when it has no event. */
    public long version(StreamRef stream) {
        Long version = jdbc.queryForObject(VERSION, Long.class, stream.type(), stream.id());
        return version == null ? 0 : version;
    }

    /** Event ids derive from the command and the slot they fill, so a retried publish carries the same id. */
    private static UUID eventId(CommandEnvelope<?> envelope, Row row) {
        return Uuids.v5(envelope.commandId(), row.stream() + "#" + row.version());
    }

    private record Row(StreamRef stream, long version, MessageCodec.Serialized message) {
    }
}
