package dev.eventualshop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:10Z"));

    @Test
    void a_key_may_make_up_to_the_limit_of_attempts_in_any_window() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1), clock);

        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        clock.now = clock.now.plusSeconds(10);
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
        assertThat(limiter.retryAfter("10.0.0.1")).isEqualTo(Duration.ofSeconds(50));

        clock.now = clock.now.plusSeconds(50);

        assertThat(limiter.tryAcquire("10.0.0.1")).as("the first attempt left the window").isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).as("the second is still in it").isFalse();
    }

    @Test
    void a_burst_across_a_minute_boundary_is_still_limited() {
        clock.now = Instant.parse("2026-11-25T10:00:59Z");
        RateLimiter limiter = new RateLimiter(2, Duration.ofMinutes(1), clock);
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();

        clock.now = Instant.parse("2026-11-25T10:01:01Z");

        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    }

    @Test
    void zero_means_no_limit() {
        RateLimiter limiter = new RateLimiter(0, Duration.ofMinutes(1), clock);

        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        }
    }

    @Test
    void each_key_has_its_own_log_and_a_limit_needs_a_positive_window() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(30), clock);

        assertThat(limiter.tryAcquire("10.0.0.1|ada")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1|grace")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1|ada")).isFalse();
        assertThatThrownBy(() -> new RateLimiter(1, Duration.ZERO, clock)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(-1, Duration.ofMinutes(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
