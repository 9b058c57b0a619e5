package dev.eventualshop.eventstore.pipeline;

import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.SqlStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code commands} table: one row per processed command. The unique command id makes it the dedupe
 * record; the outcome and the streams written make it the outbox the relay publishes from, together with the
 * commands for other contexts it sends ({@code outbox_commands}).
 */
public class CommandLog {

    private static final String FIND = """
            select outcome, reason, message, streams from commands where command_id = ?""";
    private static final String INSERT = """
            insert into commands (command_id, command_type, issuer, correlation_id, causation_id, traceparent,
                                  outcome, reason, message, streams, processed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SEND = """
            insert into outbox_commands (sent_by, seq, command_id, command_type, revision, payload)
            values (?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final JsonMapper mapper;

    public CommandLog(JdbcTemplate jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** The recorded outcome of a command already processed. */
    public Optional<CommandOutcome> find(UUID commandId) {
        return jdbc.query(FIND, rs -> rs.next() ? Optional.of(outcomeAt(rs, 1, commandId))
                : Optional.<CommandOutcome>empty(), commandId);
    }

    /**
     * The outcome in a {@code commands} row read with {@code outcome, reason, message, streams} as consecutive
     * columns from {@code firstColumn}: the one reading of the row, for the dedupe and for the relay.
     */
    public CommandOutcome outcomeAt(ResultSet rs, int firstColumn, UUID commandId) throws SQLException {
        return new CommandOutcome(commandId, CommandOutcome.Status.valueOf(rs.getString(firstColumn)),
                rs.getString(firstColumn + 1), rs.getString(firstColumn + 2),
                List.of(mapper.readValue(rs.getString(firstColumn + 3), StreamRange[].class)));
    }

    /**
     * Records the outcome of {@code envelope}'s command; fails with a duplicate key if the command id was
     * recorded meanwhile (the pipeline then returns that record instead).
     */
    public void record(CommandEnvelope<?> envelope, String commandType, CommandOutcome outcome, Instant at) {
        SqlStatement insert = insert(envelope, commandType, outcome, at);
        jdbc.update(insert.sql(), insert.args());
    }

    /**
     * Stores the commands {@code sentBy} sends to other contexts, in its transaction: the relay publishes them
     * with its outbox entry and then deletes them.
     */
    public void recordSends(UUID sentBy, List<OutgoingCommand> sends, MessageCodec codec) {
        if (sends.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(sends.size());
        for (int seq = 0; seq < sends.size(); seq++) {
            OutgoingCommand send = sends.get(seq);
            MessageCodec.Serialized serialized = codec.serialize(send.command());
            rows.add(new Object[] {sentBy, seq, send.commandId(), serialized.type(), serialized.revision(),
                    serialized.json()});
        }
        jdbc.batchUpdate(INSERT_SEND, rows);
    }

    /**
     * The insert {@link #record} runs, for the pipeline to send with the command's events in one round trip
     * ({@code EventStore.append(..., then)}).
     */
    public SqlStatement insert(CommandEnvelope<?> envelope, String commandType, CommandOutcome outcome, Instant at) {
        return new SqlStatement(INSERT, envelope.commandId(), commandType, envelope.issuer(),
                envelope.correlationId(), envelope.causationId(), envelope.traceparent(), outcome.status().name(),
                outcome.reason(), outcome.message(), mapper.writeValueAsString(outcome.streams()),
                at.atOffset(ZoneOffset.UTC));
    }
}
