package dev.eventualshop.identity.command.infrastructure.persistence;

import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.RecordedEvent;
import dev.eventualshop.eventstore.pipeline.InlineProjection;
import dev.eventualshop.identity.command.application.Credentials;
import dev.eventualshop.identity.command.domain.UserCommand;
import dev.eventualshop.identity.internal.UserEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps the credentials table in step with a user's events, inside the append transaction. The secrets come
 * from the command that caused the events (the events never carry them): the password hash from
 * {@code Register} and {@code ChangePassword}, the token hash from {@code Register} and
 * {@code RequestConfirmation}.
 */
public final class CredentialsProjection implements InlineProjection<UserEvent> {

    private final JdbcTemplate jdbc;

    public CredentialsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(CommandEnvelope<?> envelope, List<RecordedEvent<UserEvent>> events) {
        Object command = envelope.command();
        for (RecordedEvent<UserEvent> event : events) {
            switch (event.payload()) {
                case UserEvent.UserRegistered registered -> jdbc.update("""
                        insert into credentials (user_id, email, email_key, password_hash, roles, email_confirmed)
                        values (?, ?, ?, ?, ?, ?)""", registered.userId(), registered.email(),
                        Credentials.key(registered.email()), ((UserCommand.Register) command).passwordHash(),
                        String.join(",", registered.roles()), false);
                case UserEvent.ConfirmationRequested requested -> jdbc.update("""
                        update credentials set confirmation_token_hash = ?, confirmation_expires_at = ?
                        where user_id = ?""", pendingConfirmation(command).tokenHash(), utc(requested.expiresAt()),
                        requested.userId());
                case UserEvent.EmailConfirmed confirmed -> jdbc.update("""
                        update credentials set email_confirmed = ?, confirmation_token_hash = null,
                               confirmation_expires_at = null
                        where user_id = ?""", true, confirmed.userId());
                case UserEvent.PasswordChanged changed -> jdbc.update(
                        "update credentials set password_hash = ? where user_id = ?",
                        ((UserCommand.ChangePassword) command).newPasswordHash(), changed.userId());
            }
        }
    }

    private static UserCommand.Confirmation.Pending pendingConfirmation(Object command) {
        return switch (command) {
            case UserCommand.Register register -> (UserCommand.Confirmation.Pending) register.confirmation();
            case UserCommand.RequestConfirmation request -> request.confirmation();
            default -> throw new IllegalStateException("a confirmation is requested by Register or "
                    + "RequestConfirmation only, not by " + command.getClass().getSimpleName());
        };
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
