package dev.eventualshop.eventstore.pipeline;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code claims} table: (scope, key) owned by one stream. The primary key makes two concurrent takes of
 * one key conflict; the pipeline retries the loser, which then sees the winner's claim and is rejected.
 */
public class ClaimStore {

    private final JdbcTemplate jdbc;

    public ClaimStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> owner(String scope, String key) {
        return jdbc.query("select owner from claims where scope = ? and claim_key = ?",
                rs -> rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty(), scope, key);
    }

    public void take(String scope, String key, String owner, UUID commandId, Instant at) {
        jdbc.update("insert into claims (scope, claim_key, owner, command_id, claimed_at) values (?, ?, ?, ?, ?)",
                scope, key, owner, commandId, at.atOffset(ZoneOffset.UTC));
    }

    /** Releases the key if {@code owner} holds it; another owner's claim is left alone. */
    public void release(String scope, String key, String owner) {
        jdbc.update("delete from claims where scope = ? and claim_key = ? and owner = ?", scope, key, owner);
    }
}
