package dev.eventualshop.identity.command.infrastructure.persistence;

import dev.eventualshop.identity.command.application.Credential;
import dev.eventualshop.identity.command.application.Credentials;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the credentials table. */
public final class JdbcCredentials implements Credentials {

    private static final String COLUMNS = """
            select user_id, email, password_hash, roles, email_confirmed, confirmation_token_hash,
                   confirmation_expires_at
            from credentials""";

    private final JdbcTemplate jdbc;

    public JdbcCredentials(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Credential> byId(UUID userId) {
        return jdbc.query(COLUMNS + " where user_id = ?", JdbcCredentials::first, userId);
    }

    @Override
    public Optional<Credential> byEmail(String email) {
        return jdbc.query(COLUMNS + " where email_key = ?", JdbcCredentials::first, Credentials.key(email));
    }

    private static Optional<Credential> first(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        OffsetDateTime expiresAt = rs.getObject(7, OffsetDateTime.class);
        return Optional.of(new Credential(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                Arrays.asList(rs.getString(4).split(",")), rs.getBoolean(5), rs.getString(6),
                expiresAt == null ? null : expiresAt.toInstant()));
    }
}
