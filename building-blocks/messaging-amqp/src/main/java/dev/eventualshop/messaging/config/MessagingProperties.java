package dev.eventualshop.messaging.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Messaging settings ({@code eventualshop.messaging.*}).
 *
 * @param context the bounded context this service belongs to (names its exchanges), e.g. {@code shoppingcart}
 * @param service this deployable's name (names its queues and its relay lease), e.g. {@code shoppingcart-command}
 */
@ConfigurationProperties("eventualshop.messaging")
public record MessagingProperties(String context, String service, @DefaultValue Relay relay,
                                  @DefaultValue Consumer consumer) {

    /**
     * @param enabled        whether this replica runs a relay (only the lease holder publishes)
     * @param batchSize      rows published per confirm round
     * @param pollInterval   fallback polling when no commit wakes the relay
     * @param leaseTtl       how long a silent relay keeps the lease
     * @param confirmTimeout how long the broker may take to confirm a batch
     */
    public record Relay(@DefaultValue("true") boolean enabled, @DefaultValue("500") int batchSize,
                        @DefaultValue("1s") Duration pollInterval, @DefaultValue("15s") Duration leaseTtl,
                        @DefaultValue("10s") Duration confirmTimeout) {
    }

    /**
     * @param attempts           quick tries before a failing message is parked
     * @param retryDelay         pause between quick tries
     * @param outageBackoff      pause before requeuing when a dependency is down
     * @param maxBodyBytes       larger messages are dead-lettered unread
     * @param commandConcurrency consumers of the command queue (at least 2: commands need no order)
     * @param commandQueue       whether a command service consumes {@code <ctx>.commands} at all; off for a
     *                           service whose commands all carry secrets and so may only arrive over its own
     *                           internal HTTP (Identity), never from the broker
     */
    public record Consumer(@DefaultValue("3") int attempts, @DefaultValue("100ms") Duration retryDelay,
                           @DefaultValue("5s") Duration outageBackoff, @DefaultValue("1048576") int maxBodyBytes,
                           @DefaultValue("2") int commandConcurrency, @DefaultValue("true") boolean commandQueue) {
    }
}
