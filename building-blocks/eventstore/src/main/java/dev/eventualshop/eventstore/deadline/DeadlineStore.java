package dev.eventualshop.eventstore.deadline;

import dev.eventualshop.eventstore.MessageCodec;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code deadlines} table: stores deadlines and finds the due ones, in the caller's transaction. */
public class DeadlineStore {

    private static final String RESCHEDULE = """
            update deadlines set due_at = ?, command_type = ?, revision = ?, payload = ?, scheduled_by = ?,
                                 correlation_id = ?
            where deadline_id = ?""";
    private static final String INSERT = """
            insert into deadlines (due_at, command_type, revision, payload, scheduled_by, correlation_id,
                                   deadline_id)
            values (?, ?, ?, ?, ?, ?, ?)""";
    private static final String DUE = """
            select deadline_id, due_at, command_type, revision, payload, scheduled_by, correlation_id
            from deadlines where due_at <= ? order by due_at offset 0 rows fetch next ? rows only""";

    private final JdbcTemplate jdbc;

    public DeadlineStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Schedules {@code command}, replacing a deadline of the same id. */
    public void schedule(UUID deadlineId, Instant dueAt, MessageCodec.Serialized command, UUID scheduledBy,
                         UUID correlationId) {
        Object[] args = {dueAt.atOffset(ZoneOffset.UTC), command.type(), command.revision(), command.json(),
                scheduledBy, correlationId, deadlineId};
        if (jdbc.update(RESCHEDULE, args) == 0) {
            jdbc.update(INSERT, args);
        }
    }

    public void cancel(UUID deadlineId) {
        jdbc.update("delete from deadlines where deadline_id = ?", deadlineId);
    }

    /** Up to {@code limit} deadlines due at {@code now}, earliest first. */
    public List<DueDeadline> due(Instant now, int limit) {
        return jdbc.query(DUE, (rs, n) -> new DueDeadline(rs.getObject(1, UUID.class),
                rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getObject(6, UUID.class), rs.getObject(7, UUID.class)), now.atOffset(ZoneOffset.UTC), limit);
    }

    /** Forgets a deadline whose command has been handled. */
    public void delete(UUID deadlineId) {
        cancel(deadlineId);
    }
}
