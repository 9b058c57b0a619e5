package dev.eventualshop.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegistrationRateLimiterTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-25T10:00:10Z"));

    @Test
    void an_address_may_register_up_to_the_limit_in_any_sixty_seconds() {
        RegistrationRateLimiter limiter = new RegistrationRateLimiter(2, clock);

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
        RegistrationRateLimiter limiter = new RegistrationRateLimiter(2, clock);
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();

        clock.now = Instant.parse("2026-11-25T10:01:01Z");

        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    }

    @Test
    void zero_means_no_limit() {
        RegistrationRateLimiter limiter = new RegistrationRateLimiter(0, clock);

        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        }
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
