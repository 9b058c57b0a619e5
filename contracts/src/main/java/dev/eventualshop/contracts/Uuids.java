package dev.eventualshop.contracts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * The two RFC 9562 UUID versions the shop uses. Version 5 ids are derived from a name, so every party that
 * knows the namespace and the name arrives at the same id without asking anyone: that is how a retried
 * command, a redelivered event or a replayed reaction keeps its identity. Version 7 ids are fresh ids that
 * sort by creation time, which keeps index inserts local; the clock and the randomness are passed in so the
 * gateway owns them and tests can pin them.
 */
public final class Uuids {

    private static final long MAX_UNIX_MILLIS = (1L << 48) - 1;

    private Uuids() {
    }

    /** The RFC 9562 version 5 (SHA-1) id of {@code name}, encoded as UTF-8, in {@code namespace}. */
    public static UUID v5(UUID namespace, String name) {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        MessageDigest sha1 = sha1();
        sha1.update(ByteBuffer.allocate(16)
                .putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits())
                .array());
        ByteBuffer hash = ByteBuffer.wrap(sha1.digest(name.getBytes(StandardCharsets.UTF_8)));
        long msb = (hash.getLong() & ~0xF000L) | 0x5000L;
        long lsb = (hash.getLong() & 0x3FFF_FFFF_FFFF_FFFFL) | Long.MIN_VALUE;
        return new UUID(msb, lsb);
    }

    /**
     * The RFC 9562 version 7 id for {@code now}: 48 bits of Unix milliseconds, then 74 random bits. Ids of
     * different milliseconds sort by time, both as {@link UUID}s and as strings; ids of the same millisecond
     * sort in random order.
     */
    public static UUID v7(Instant now, RandomGenerator random) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(random, "random");
        long millis = now.toEpochMilli();
        if (millis < 0 || millis > MAX_UNIX_MILLIS) {
            throw new IllegalArgumentException("a version 7 id holds 48 bits of Unix milliseconds, got " + now);
        }
        long msb = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | Long.MIN_VALUE;
        return new UUID(msb, lsb);
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-1", e);
        }
    }
}
