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
    void an_address_may_register_up_to_the_limit_each_minute() {
        RegistrationRateLimiter limiter = new RegistrationRateLimiter(2, clock);

        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
        assertThat(limiter.untilNextWindow()).isEqualTo(Duration.ofSeconds(50));

        clock.now = clock.now.plusSeconds(50);

        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
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
