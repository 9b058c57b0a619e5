package dev.eventualshop.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} attempts per key (a client address, an address and a user name) in any {@code window}
 * (0: no limit): a sliding log of each key's last allowed attempts, so no burst fits across a window boundary, as
 * it does with a fixed clock window (twice the limit around the boundary; RateLimitJourneyIT failed once on it).
 * Logs live in this replica's memory and are swept once more than 100,000 keys are tracked: the limit slows a
 * script down, it is not an account.
 */
public final class RateLimiter {

    private static final int MAX_TRACKED = 100_000;

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, long[]> attempts = new ConcurrentHashMap<>();

    public RateLimiter(int limit, Duration window, Clock clock) {
        if (limit < 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit is 0 (none) or more attempts in a positive window");
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Whether {@code key} may make an attempt now; counts the attempt when it may. */
    public boolean tryAcquire(String key) {
        if (limit == 0) {
            return true;
        }
        long now = clock.millis();
        if (attempts.size() > MAX_TRACKED) {
            attempts.values().removeIf(log -> newest(log) <= now - windowMillis);
        }
        boolean[] allowed = new boolean[1];
        attempts.compute(key, (k, log) -> {
            long[] recent = log == null ? new long[0]
                    : Arrays.stream(log).filter(at -> at > now - windowMillis).toArray();
            if (recent.length >= limit) {
                return recent;
            }
            allowed[0] = true;
            long[] longer = Arrays.copyOf(recent, recent.length + 1);
            longer[recent.length] = now;
            return longer;
        });
        return allowed[0];
    }

    /** How long until {@code key} may make an attempt again, for {@code Retry-After}. */
    public Duration retryAfter(String key) {
        long[] log = attempts.get(key);
        if (limit == 0 || log == null || log.length < limit) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(Math.max(0, log[0] + windowMillis - clock.millis()));
    }

    private static long newest(long[] log) {
        return log.length == 0 ? Long.MIN_VALUE : log[log.length - 1];
    }
}
