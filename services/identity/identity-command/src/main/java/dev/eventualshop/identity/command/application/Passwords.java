package dev.eventualshop.identity.command.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's delegating encoder (bcrypt for new hashes, every supported id for old ones), made to
 * take the long passwords Identity accepts. Bcrypt reads at most 72 bytes and Spring Security refuses longer
 * input, so a password longer than that is first reduced to the base64 of its SHA-256 (44 characters, all
 * of its entropy kept), the usual bcrypt pre-hash; shorter passwords are hashed as they are.
 */
public final class Passwords implements PasswordEncoder {

    /** The most bytes bcrypt reads. */
    static final int BCRYPT_MAX_BYTES = 72;

    private final PasswordEncoder delegate;

    public Passwords(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(fitted(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return rawPassword != null && encodedPassword != null && delegate.matches(fitted(rawPassword), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static CharSequence fitted(CharSequence rawPassword) {
        byte[] bytes = rawPassword.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= BCRYPT_MAX_BYTES) {
            return rawPassword;
        }
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
