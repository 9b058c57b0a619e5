package dev.eventualshop.identity.command.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What may be asked of a user account. Every one of these carries a secret (a password hash or a
 * confirmation token hash), so they never leave identity-command: the gateway hands them over internal HTTP
 * and they are registered in this service's own type registry, not in {@code contracts}. Their
 * {@code toString} leaves the secrets out, so no log line can carry one.
 */
public sealed interface UserCommand {

    UUID userId();

    /**
     * Opens an account. {@code confirmation} is the mailed token's hash and its expiry, or
     * {@link Confirmation#ALREADY_CONFIRMED} for an account whose address is known to be its owner's (the
     * seeded admin).
     */
    record Register(UUID userId, String email, String firstName, String lastName, List<String> roles,
                    String passwordHash, Confirmation confirmation, Instant registeredAt) implements UserCommand {
        public Register {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(passwordHash, "passwordHash");
            Objects.requireNonNull(confirmation, "confirmation");
            Objects.requireNonNull(registeredAt, "registeredAt");
            roles = List.copyOf(roles);
        }

        @Override
        public String toString() {
            return "Register[userId=" + userId + ", roles=" + roles + ", registeredAt=" + registeredAt + "]";
        }
    }

    /** Mails a new confirmation link, replacing the previous one. */
    record RequestConfirmation(UUID userId, Confirmation.Pending confirmation, Instant requestedAt)
            implements UserCommand {
        public RequestConfirmation {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(confirmation, "confirmation");
            Objects.requireNonNull(requestedAt, "requestedAt");
        }

        @Override
        public String toString() {
            return "RequestConfirmation[userId=" + userId + ", requestedAt=" + requestedAt + "]";
        }
    }

    /**
     * Confirms the address with the token from the mail. The application layer hashes the presented token
     * and reads the hash it stored when it sent the link ({@code expectedTokenHash}, {@code null} when there
     * is none); the decider compares them, so the domain stays free of storage.
     */
    record ConfirmEmail(UUID userId, String presentedTokenHash, String expectedTokenHash, Instant confirmedAt)
            implements UserCommand {
        public ConfirmEmail {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(presentedTokenHash, "presentedTokenHash");
            Objects.requireNonNull(confirmedAt, "confirmedAt");
        }

        @Override
        public String toString() {
            return "ConfirmEmail[userId=" + userId + ", confirmedAt=" + confirmedAt + "]";
        }
    }

    /**
     * Sets a new password. The application layer checks the current password against the stored hash (the
     * domain never sees a password) and passes the outcome as {@code currentPasswordMatched}.
     */
    record ChangePassword(UUID userId, boolean currentPasswordMatched, String newPasswordHash, Instant changedAt)
            implements UserCommand {
        public ChangePassword {
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(newPasswordHash, "newPasswordHash");
            Objects.requireNonNull(changedAt, "changedAt");
        }

        @Override
        public String toString() {
            return "ChangePassword[userId=" + userId + ", currentPasswordMatched=" + currentPasswordMatched
                    + ", changedAt=" + changedAt + "]";
        }
    }

    /** How a new account proves its address: by a mailed token, or not at all (known to be confirmed). */
    sealed interface Confirmation {

        /** The address needs no proof (the seeded admin). */
        Confirmation ALREADY_CONFIRMED = new Confirmed();

        /** A token was generated; its SHA-256 hash is kept, and it is valid until {@code expiresAt}. */
        record Pending(String tokenHash, Instant expiresAt) implements Confirmation {
            public Pending {
                Objects.requireNonNull(tokenHash, "tokenHash");
                Objects.requireNonNull(expiresAt, "expiresAt");
            }

            @Override
            public String toString() {
                return "Pending[expiresAt=" + expiresAt + "]";
            }
        }

        /** See {@link #ALREADY_CONFIRMED}. */
        record Confirmed() implements Confirmation {
        }
    }
}
