package dev.eventualshop.identity.command.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Confirmation tokens: 32 random bytes, base64url without padding, mailed once and stored only as their
 * SHA-256 hash (base64url too), so the database never holds a token that would confirm an address.
 */
public final class ConfirmationTokens {

    private static final int TOKEN_BYTES = 32;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random;

    public ConfirmationTokens(SecureRandom random) {
        this.random = random;
    }

    /** A new token: the raw value to mail and the hash to keep. */
    public Issued issue() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String raw = BASE64URL.encodeToString(bytes);
        return new Issued(raw, hash(raw));
    }

    /** The hash that is stored for {@code rawToken}. */
    public static String hash(String rawToken) {
        try {
            return BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(rawToken.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A token just generated; {@code toString} prints neither part. */
    public record Issued(String raw, String hash) {
        @Override
        public String toString() {
            return "Issued[...]";
        }
    }
}
