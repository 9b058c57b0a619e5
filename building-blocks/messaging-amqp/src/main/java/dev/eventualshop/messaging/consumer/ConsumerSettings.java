package dev.eventualshop.messaging.consumer;

import java.time.Duration;

/**
 * How consumers retry and back off.
 *
 * @param attempts       quick tries of a failing message before it is parked
 * @param retryDelay     pause between quick tries
 * @param outageBackoff  pause before a message is requeued because a dependency is down
 * @param maxBodyBytes   larger messages are dead-lettered unread
 */
public record ConsumerSettings(int attempts, Duration retryDelay, Duration outageBackoff, int maxBodyBytes) {

    public static final ConsumerSettings DEFAULTS =
            new ConsumerSettings(3, Duration.ofMillis(100), Duration.ofSeconds(5), 1_048_576);
}
