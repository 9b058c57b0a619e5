package dev.eventualshop.communication.command.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How often a mail is tried and how long to wait between tries: {@code firstRetry} after the first failure,
 * doubling after each further one up to {@code longestWait}, {@code attempts} tries in all.
 */
public record RetryPolicy(int attempts, Duration firstRetry, Duration longestWait) {

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("a mail is tried at least once");
        }
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(longestWait, "longestWait");
        if (firstRetry.isNegative() || longestWait.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("waits must be positive, the longest no shorter than the first");
        }
    }

    /** Whether another attempt follows a failed attempt {@code attempt}. */
    public boolean retriesAfter(int attempt) {
        return attempt < attempts;
    }

    /** When the attempt after failed attempt {@code attempt} (1-based) is due. */
    public Instant retryAt(Instant failedAt, int attempt) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempt && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return failedAt.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
    }
}
