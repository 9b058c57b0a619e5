package dev.eventualshop.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What happened to a user account, on the stream {@code identity.User/<userId>}. Read only by identity's own
 * command and query services. No event carries a password, a password hash or a confirmation token: those
 * live in identity-command's credentials table.
 */
public sealed interface UserEvent {

    UUID userId();

    /** A person registered with {@code email}; {@code roles} are the roles the account starts with. */
    record UserRegistered(UUID userId, String email, String firstName, String lastName, List<String> roles,
                          Instant registeredAt) implements UserEvent {
        public UserRegistered {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(email, "email");
            roles = List.copyOf(roles);
        }
    }

    /** A confirmation link was mailed; it is valid until {@code expiresAt}. */
    record ConfirmationRequested(UUID userId, Instant requestedAt, Instant expiresAt) implements UserEvent {
    }

    /** The user proved they read mail sent to their address. */
    record EmailConfirmed(UUID userId, String email, Instant confirmedAt) implements UserEvent {
    }

    /** The user set a new password (the credentials table holds its hash). */
    record PasswordChanged(UUID userId, Instant changedAt) implements UserEvent {
    }
}
