package dev.eventualshop.communication.command.infrastructure.persistence;

import dev.eventualshop.communication.command.application.Recipients;
import dev.eventualshop.identity.v1.IdentityIntegrationEvent;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link Recipients} on the service's {@code recipients} table, kept from Identity's {@code EmailConfirmed}. Each
 * row remembers the version of the user's stream it was written from, so a redelivered or late confirmation never
 * replaces a newer one (Identity confirms an address once today; a change of address would be a newer version).
 */
public final class JdbcRecipients implements Recipients {

    private final JdbcTemplate jdbc;

    public JdbcRecipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> confirmedEmail(UUID userId) {
        return jdbc.queryForList("select email from recipients where user_id = ?", String.class, userId)
                .stream().findFirst();
    }

    /** Records the address {@code confirmed} names, confirmed at {@code version} of the user's stream. */
    public void apply(IdentityIntegrationEvent.EmailConfirmed confirmed, long version) {
        try {
            jdbc.update("insert into recipients (user_id, email, source_version) values (?, ?, ?)",
                    confirmed.userId(), confirmed.email(), version);
        } catch (DuplicateKeyException known) {
            jdbc.update("update recipients set email = ?, source_version = ? where user_id = ? and source_version < ?",
                    confirmed.email(), version, confirmed.userId(), version);
        }
    }
}
