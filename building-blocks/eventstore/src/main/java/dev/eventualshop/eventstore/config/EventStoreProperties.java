package dev.eventualshop.eventstore.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the command pipeline ({@code eventualshop.eventstore.*}).
 *
 * @param maxAttempts how often a command that lost the race for its streams is tried before it is
 *                    REJECTED(CONFLICT); it must cover the command consumers' concurrency
 * @param deadlines   the deadline poller
 */
@ConfigurationProperties("eventualshop.eventstore")
public record EventStoreProperties(@DefaultValue("8") int maxAttempts, @DefaultValue Deadlines deadlines) {

    public EventStoreProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("eventualshop.eventstore.max-attempts must be >= 1");
        }
    }

    /**
     * @param enabled      whether this replica polls for due deadlines on its own (any number may: firing is
     *                     idempotent); when off, {@code DeadlinePoller.fireDue()} fires them on demand
     * @param pollInterval how often due deadlines are looked for
     * @param batchSize    how many due deadlines one look fetches
     */
    public record Deadlines(@DefaultValue("true") boolean enabled, @DefaultValue("1s") Duration pollInterval,
                            @DefaultValue("100") int batchSize) {
        public Deadlines {
            if (pollInterval.isNegative() || pollInterval.isZero() || batchSize < 1) {
                throw new IllegalArgumentException("deadline poll interval and batch size must be positive");
            }
        }
    }
}
