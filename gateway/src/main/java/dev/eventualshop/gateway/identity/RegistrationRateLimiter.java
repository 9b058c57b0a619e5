package dev.eventualshop.gateway.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code perMinute} registrations per client IP in any 60 seconds (0: no limit): a sliding log of each
 * address's last attempts, so no burst fits across a minute boundary (a fixed clock-minute window would let
 * twice the limit through there). Logs live in this replica's memory: the limit slows a script down, it is not
 * an account.
 */
class RegistrationRateLimiter {

    private static final int MAX_TRACKED = 100_000;
    private static final long WINDOW_MILLIS = 60_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, long[]> attempts = new ConcurrentHashMap<>();

    RegistrationRateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Whether {@code clientIp} may register now; counts the attempt when it may. */
    boolean tryAcquire(String clientIp) {
        if (perMinute == 0) {
            return true;
        }
        long now = clock.millis();
        if (attempts.size() > MAX_TRACKED) {
            attempts.values().removeIf(log -> newest(log) <= now - WINDOW_MILLIS);
        }
        boolean[] allowed = new boolean[1];
        attempts.compute(clientIp, (ip, log) -> {
            long[] recent = log == null ? new long[0]
                    : Arrays.stream(log).filter(at -> at > now - WINDOW_MILLIS).toArray();
            if (recent.length >= perMinute) {
                return recent;
            }
            allowed[0] = true;
            long[] longer = Arrays.copyOf(recent, recent.length + 1);
            longer[recent.length] = now;
            return longer;
        });
        return allowed[0];
    }

    /** How long until {@code clientIp} may register again, for {@code Retry-After}. */
    Duration retryAfter(String clientIp) {
        long[] log = attempts.get(clientIp);
        if (log == null || log.length < perMinute) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(Math.max(0, log[0] + WINDOW_MILLIS - clock.millis()));
    }

    private static long newest(long[] log) {
        return log.length == 0 ? Long.MIN_VALUE : log[log.length - 1];
    }
}
