package dev.eventualshop.identity.command.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of the credentials table: what signing in and confirming an address need. Its {@code toString}
 * leaves the hashes out, so it can never carry them into a log line.
 */
public record Credential(UUID userId, String email, String passwordHash, List<String> roles, boolean emailConfirmed,
                         String confirmationTokenHash, Instant confirmationExpiresAt) {

    public Credential {
        roles = List.copyOf(roles);
    }

    @Override
    public String toString() {
        return "Credential[userId=" + userId + ", roles=" + roles + ", emailConfirmed=" + emailConfirmed + "]";
    }
}
