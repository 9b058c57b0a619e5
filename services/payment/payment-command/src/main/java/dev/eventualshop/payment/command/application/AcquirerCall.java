package dev.eventualshop.payment.command.application;

import dev.eventualshop.contracts.Money;
import java.util.UUID;

/**
 * A call due at the acquirer for a payment, with what it needs: the token (authorize only), the amount (not for a
 * void) and the authorization's reference (once there is one).
 */
public record AcquirerCall(UUID paymentId, AcquirerOperation operation, String token, Money amount, String reference) {

    public IdempotencyKey key() {
        return new IdempotencyKey(paymentId, operation);
    }

    /** Names the call without its token, for logs. */
    @Override
    public String toString() {
        return "AcquirerCall[paymentId=" + paymentId + ", operation=" + operation + "]";
    }
}
