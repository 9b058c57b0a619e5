package dev.eventualshop.eventstore.pipeline;

import dev.eventualshop.eventstore.CommandEnvelope;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code commands} table: one row per processed command. The unique command id makes it the dedupe
 * record; the outcome and the streams written make it the outbox the relay publishes from.
 */
public class CommandLog {

    private static final String FIND = """
            select outcome, reason, message, streams from commands where command_id = ?""";
    private static final String INSERT = """
            insert into commands (command_id, command_type, issuer, correlation_id, causation_id, traceparent,
                                  outcome, reason, message, streams, processed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final JsonMapper mapper;

    public CommandLog(JdbcTemplate jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /** The recorded outcome of a command already processed. */
    public Optional<CommandOutcome> find(UUID commandId) {
        return jdbc.query(FIND, rs -> rs.next()
                ? Optional.of(new CommandOutcome(commandId, CommandOutcome.Status.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getString(3), List.of(mapper.readValue(rs.getString(4), StreamRange[].class))))
                : Optional.<CommandOutcome>empty(), commandId);
    }

    /**
     * Records the outcome of {@code envelope}'s command; fails with a duplicate key if the command id was
     * recorded meanwhile (the pipeline then returns that record instead).
     */
    public void record(CommandEnvelope<?> envelope, String commandType, CommandOutcome outcome, Instant at) {
        jdbc.update(INSERT, envelope.commandId(), commandType, envelope.issuer(), envelope.correlationId(),
                envelope.causationId(), envelope.traceparent(), outcome.status().name(), outcome.reason(),
                outcome.message(), mapper.writeValueAsString(outcome.streams()), at.atOffset(ZoneOffset.UTC));
    }
}
