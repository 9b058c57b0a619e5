package dev.eventualshop.payment.command.application;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The key the acquirer deduplicates a request by: the payment and the operation, so a request repeated after a
 * timeout or a crash is the same request, and the acquirer answers it without acting twice.
 */
public record IdempotencyKey(UUID paymentId, AcquirerOperation operation) {

    public IdempotencyKey {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(operation, "operation");
    }

    /** The key as sent to the acquirer, e.g. {@code <paymentId>-authorize}. */
    public String value() {
        return paymentId + "-" + operation.name().toLowerCase(Locale.ROOT);
    }
}
