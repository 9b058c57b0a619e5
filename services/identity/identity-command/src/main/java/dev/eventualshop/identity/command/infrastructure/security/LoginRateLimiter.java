package dev.eventualshop.identity.command.infrastructure.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed-window counter per key (client IP and user name): at most {@code limit} attempts per window.
 * Windows that have ended are dropped as new ones open, so memory stays bounded by the keys of one window.
 */
public final class LoginRateLimiter {

    private record Window(long start, int count) {
    }

    private final int limit;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    public LoginRateLimiter(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit allows at least one attempt in a positive window");
        }
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Counts an attempt for {@code key}; false when it is over the limit of the current window. */
    public boolean tryAcquire(String key) {
        long now = clock.millis();
        long start = now - Math.floorMod(now, windowMillis);
        sweep(start);
        Window window = windows.compute(key, (k, previous) -> previous == null || previous.start() != start
                ? new Window(start, 1) : new Window(start, previous.count() + 1));
        return window.count() <= limit;
    }

    private void sweep(long currentStart) {
        if (lastSweep != currentStart) {
            lastSweep = currentStart;
            windows.values().removeIf(window -> window.start() < currentStart);
        }
    }
}
