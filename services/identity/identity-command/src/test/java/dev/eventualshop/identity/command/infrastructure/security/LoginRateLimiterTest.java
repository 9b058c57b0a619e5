package dev.eventualshop.identity.command.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventualshop.eventstore.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginRateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final LoginRateLimiter limiter = new LoginRateLimiter(3, Duration.ofMinutes(1), clock);

    @Test
    void attempts_over_the_limit_in_one_window_are_refused() {
        assertThat(limiter.tryAcquire("10.0.0.1|ada")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1|ada")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1|ada")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1|ada")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.1|ada")).isFalse();
    }

    @Test
    void each_ip_and_user_name_has_its_own_count() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("10.0.0.1|ada");
        }
        assertThat(limiter.tryAcquire("10.0.0.1|grace")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.2|ada")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1|ada")).isFalse();
    }

    @Test
    void a_new_window_starts_afresh() {
        for (int i = 0; i < 4; i++) {
            limiter.tryAcquire("10.0.0.1|ada");
        }
        clock.advance(Duration.ofMinutes(1));
        assertThat(limiter.tryAcquire("10.0.0.1|ada")).isTrue();
    }

    @Test
    void a_limit_allows_at_least_one_attempt() {
        assertThatThrownBy(() -> new LoginRateLimiter(0, Duration.ofMinutes(1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
