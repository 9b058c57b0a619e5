package dev.eventualshop.payment.internal;

import dev.eventualshop.contracts.Money;
import java.util.UUID;

/**
 * What happened to a payment, on the stream {@code payment.Payment/<paymentId>}. The token is a provider's
 * reference to a card, never card data.
 */
public sealed interface PaymentEvent {

    UUID paymentId();

    UUID orderId();

    /** The order asked for {@code amount}; the acquirer is being asked to authorize it (status PENDING). */
    record PaymentRequested(UUID paymentId, UUID orderId, String customerId, Money amount, String token)
            implements PaymentEvent {
    }

    record PaymentAuthorized(UUID paymentId, UUID orderId, Money amount, String acquirerReference)
            implements PaymentEvent {
    }

    record PaymentDeclined(UUID paymentId, UUID orderId, String reason) implements PaymentEvent {
    }

    /**
     * The order asked for the authorized money: the acquirer is being asked to capture it. Money has moved only
     * once {@link PaymentCaptured} follows.
     */
    record CaptureRequested(UUID paymentId, UUID orderId, Money amount) implements PaymentEvent {
    }

    /** The acquirer confirmed the capture: the money is taken. */
    record PaymentCaptured(UUID paymentId, UUID orderId, Money amount) implements PaymentEvent {
    }

    /**
     * The order asked for the captured money back: the acquirer is asked to refund it once the capture is
     * confirmed. Money has moved back only once {@link PaymentRefunded} follows.
     */
    record RefundRequested(UUID paymentId, UUID orderId, Money amount) implements PaymentEvent {
    }

    /** The acquirer confirmed the refund: the money is back with the customer. */
    record PaymentRefunded(UUID paymentId, UUID orderId, Money amount) implements PaymentEvent {
    }

    /**
     * The payment is void: an authorization was released at the acquirer, or none had arrived yet, and one that
     * arrives later is released as it comes ({@code authorizationReleased} false until then).
     */
    record PaymentVoided(UUID paymentId, UUID orderId, boolean authorizationReleased) implements PaymentEvent {
    }

    /** An authorization arrived after the payment was voided, and was released at the acquirer. */
    record LateAuthorizationReleased(UUID paymentId, UUID orderId, String acquirerReference)
            implements PaymentEvent {
    }
}
