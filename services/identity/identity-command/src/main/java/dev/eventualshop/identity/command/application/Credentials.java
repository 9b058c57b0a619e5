package dev.eventualshop.identity.command.application;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The credentials table, read side: kept by the pipeline's inline projection, read by sign-in and commands. */
public interface Credentials {

    Optional<Credential> byId(UUID userId);

    /** The account registered with {@code email}, compared case-insensitively. */
    Optional<Credential> byEmail(String email);

    /** The form of an address that uniqueness and look-ups use: trimmed and lower-cased. */
    static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
