package dev.eventualshop.payment.command.infrastructure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code eventualshop.payment.*}: how the acquirer is called.
 *
 * @param acquirer how long a call may take and when a failed one is made again
 * @param worker   how the worker looks for due calls
 */
@Validated
@ConfigurationProperties("eventualshop.payment")
public record PaymentProperties(@DefaultValue @Valid Acquirer acquirer, @DefaultValue @Valid Worker worker) {

    /**
     * @param callTimeout how long one call may take before it counts as failed
     * @param retryAfter  the pause before a failed or timed-out call is made again (same idempotency key)
     */
    public record Acquirer(@DefaultValue("10s") @NotNull Duration callTimeout,
                           @DefaultValue("5s") @NotNull Duration retryAfter) {
    }

    /**
     * @param pollInterval how often due calls are looked for
     * @param lease        how long a call under way is left to its caller (longer than the call timeout)
     * @param concurrency  how many calls are made at once
     */
    public record Worker(@DefaultValue("200ms") @NotNull Duration pollInterval,
                         @DefaultValue("1m") @NotNull Duration lease, @DefaultValue("8") @Min(1) int concurrency) {
    }
}
