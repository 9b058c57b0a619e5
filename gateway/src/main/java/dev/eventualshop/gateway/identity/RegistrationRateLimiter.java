package dev.eventualshop.gateway.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code perMinute} registrations per client IP in each clock minute (0: no limit). Counts live in this
 * replica's memory: the limit slows a script down, it is not an account.
 */
class RegistrationRateLimiter {

    private static final int MAX_TRACKED = 100_000;

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RegistrationRateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Whether {@code clientIp} may register now; counts the attempt. */
    boolean tryAcquire(String clientIp) {
        if (perMinute == 0) {
            return true;
        }
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(window -> window.minute < minute);
        }
        Window window = windows.compute(clientIp, (ip, current) ->
                current == null || current.minute != minute ? new Window(minute, 1) : current.plusOne());
        return window.count <= perMinute;
    }

    /** How long until the next minute starts, for {@code Retry-After}. */
    Duration untilNextWindow() {
        long millis = clock.millis();
        return Duration.ofMillis(60_000 - millis % 60_000);
    }

    private record Window(long minute, int count) {
        Window plusOne() {
            return new Window(minute, count + 1);
        }
    }
}
