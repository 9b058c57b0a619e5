package dev.eventualshop.identity.command.domain;

import java.time.Instant;
import java.util.UUID;

/** The lifecycle of a user account: nobody yet, registered with an unproven address, or confirmed. */
public sealed interface User {

    /** No account on this stream. */
    record Unregistered() implements User {
    }

    /** Registered; the address is unproven until a token valid until {@code confirmationExpiresAt} is shown. */
    record Unconfirmed(UUID userId, String email, Instant confirmationExpiresAt) implements User {
    }

    /** Registered, and the owner has shown they read mail sent to {@code email}. */
    record Confirmed(UUID userId, String email) implements User {
    }
}
