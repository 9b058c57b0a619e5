package dev.eventualshop.eventstore.outbox;

import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.StreamRef;
import dev.eventualshop.eventstore.pipeline.CommandLog;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.pipeline.StreamRange;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the unsent rows of {@code commands} in position order, with the events each appended and the commands
 * each sends to other contexts, and marks them sent. Rows are found by their {@code sent} flag, never by a position cursor: a transaction that commits
 * after a later position (F9) is still found on the next read.
 */
public class Outbox {

    private static final String UNSENT = """
            select position, command_id, command_type, issuer, correlation_id, causation_id, traceparent,
                   outcome, reason, message, streams, processed_at
            from commands where sent = ? order by position offset 0 rows fetch next ? rows only""";
    /**
     * One index range scan per written range, glued with {@code union all}: an {@code or} of ranges makes
     * PostgreSQL scan the whole table instead.
     */
    private static final String RANGE = """
            select stream_type, stream_id, version, event_id, event_type, revision, payload, occurred_at
            from events where stream_type = ? and stream_id = ? and version between ? and ?""";
    private static final int RANGES_PER_QUERY = 100;
    private static final String SENDS = """
            select sent_by, command_id, command_type, revision, payload from outbox_commands
            where sent_by in (%s) order by sent_by, seq""";
    private static final int IDS_PER_STATEMENT = 500;

    private final JdbcTemplate jdbc;
    private final MessageCodec codec;
    private final CommandLog commands;

    private final TransactionTemplate transactions;

    public Outbox(JdbcTemplate jdbc, MessageCodec codec, CommandLog commands, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.commands = commands;
        this.transactions = transactions;
    }

    /** Up to {@code limit} unsent rows, oldest position first, each with its events in version order. */
    public List<OutboxEntry> unsent(int limit) {
        List<Row> rows = jdbc.query(UNSENT, (rs, n) -> row(rs), false, limit);
        Map<StreamRef, List<StoredEvent>> events = events(rows.stream()
                .flatMap(row -> row.outcome().streams().stream()).toList());
        Map<UUID, List<StoredCommand>> sends = sends(rows.stream().map(Row::commandId).toList());
        List<OutboxEntry> entries = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<StoredEvent> own = new ArrayList<>();
            for (StreamRange range : row.outcome().streams()) {
                for (StoredEvent event : events.getOrDefault(new StreamRef(range.type(), range.id()), List.of())) {
                    if (event.version() >= range.fromVersion() && event.version() <= range.toVersion()) {
                        own.add(event);
                    }
                }
            }
            entries.add(new OutboxEntry(row.position(), row.commandId(), row.commandType(), row.issuer(),
                    row.correlationId(), row.causationId(), row.traceparent(), row.outcome(), row.processedAt(), own,
                    sends.getOrDefault(row.commandId(), List.of())));
        }
        return entries;
    }

    /**
     * Marks {@code entries} sent, by command id (the key every vendor's schema indexes uniquely), and deletes the
     * commands they sent, in one transaction: a sent command's payload (which may hold a secret, such as a
     * confirmation link) does not outlive its publication.
     */
    public void markSent(List<OutboxEntry> entries, Instant at) {
        transactions.executeWithoutResult(status -> {
            for (int from = 0; from < entries.size(); from += IDS_PER_STATEMENT) {
                List<OutboxEntry> chunk = entries.subList(from, Math.min(entries.size(), from + IDS_PER_STATEMENT));
                List<Object> args = new ArrayList<>(chunk.size() + 2);
                args.add(true);
                args.add(at.atOffset(ZoneOffset.UTC));
                chunk.forEach(entry -> args.add(entry.commandId()));
                jdbc.update("update commands set sent = ?, sent_at = ? where command_id in (" + marks(chunk.size())
                        + ")", args.toArray());
                Object[] senders = chunk.stream().filter(entry -> !entry.sends().isEmpty())
                        .map(OutboxEntry::commandId).toArray();
                if (senders.length > 0) {
                    jdbc.update("delete from outbox_commands where sent_by in (" + marks(senders.length) + ")",
                            senders);
                }
            }
        });
    }

    /** How many rows wait to be published: the relay's lag, for metrics and alerts. */
    public long unsentCount() {
        Long count = jdbc.queryForObject("select count(*) from commands where sent = ?", Long.class, false);
        return count == null ? 0 : count;
    }

    private Map<UUID, List<StoredCommand>> sends(List<UUID> commandIds) {
        Map<UUID, List<StoredCommand>> bySender = new HashMap<>();
        for (int from = 0; from < commandIds.size(); from += IDS_PER_STATEMENT) {
            List<UUID> chunk = commandIds.subList(from, Math.min(commandIds.size(), from + IDS_PER_STATEMENT));
            jdbc.query(SENDS.formatted(marks(chunk.size())), rs -> {
                bySender.computeIfAbsent(rs.getObject(1, UUID.class), sender -> new ArrayList<>())
                        .add(new StoredCommand(rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4),
                                rs.getString(5)));
            }, chunk.toArray());
        }
        return bySender;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private Map<StreamRef, List<StoredEvent>> events(List<StreamRange> ranges) {
        Map<StreamRef, List<StoredEvent>> byStream = new HashMap<>();
        for (int from = 0; from < ranges.size(); from += RANGES_PER_QUERY) {
            List<StreamRange> chunk = ranges.subList(from, Math.min(ranges.size(), from + RANGES_PER_QUERY));
            List<Object> args = new ArrayList<>(chunk.size() * 4);
            for (StreamRange range : chunk) {
                args.add(range.type());
                args.add(range.id());
                args.add(range.fromVersion());
                args.add(range.toVersion());
            }
            jdbc.query(String.join(" union all ", Collections.nCopies(chunk.size(), RANGE)), rs -> {
                StoredEvent event = event(rs);
                byStream.computeIfAbsent(event.stream(), stream -> new ArrayList<>()).add(event);
            }, args.toArray());
        }
        byStream.values().forEach(events -> events.sort(Comparator.comparingLong(StoredEvent::version)));
        return byStream;
    }

    private StoredEvent event(ResultSet rs) throws SQLException {
        String type = rs.getString(5);
        int revision = rs.getInt(6);
        String json = rs.getString(7);
        return new StoredEvent(new StreamRef(rs.getString(1), rs.getString(2)), rs.getLong(3),
                rs.getObject(4, UUID.class), type, revision, json, codec.deserialize(type, revision, json),
                rs.getObject(8, OffsetDateTime.class).toInstant());
    }

    private Row row(ResultSet rs) throws SQLException {
        UUID commandId = rs.getObject(2, UUID.class);
        CommandOutcome outcome = commands.outcomeAt(rs, 8, commandId);
        return new Row(rs.getLong(1), commandId, rs.getString(3), rs.getString(4), rs.getObject(5, UUID.class),
                rs.getObject(6, UUID.class), rs.getString(7), outcome,
                rs.getObject(12, OffsetDateTime.class).toInstant());
    }

    private record Row(long position, UUID commandId, String commandType, String issuer, UUID correlationId,
                       UUID causationId, String traceparent, CommandOutcome outcome, Instant processedAt) {
    }
}
