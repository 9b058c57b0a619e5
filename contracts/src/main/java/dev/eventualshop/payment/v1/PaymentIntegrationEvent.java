package dev.eventualshop.payment.v1;

import dev.eventualshop.contracts.Money;
import java.util.UUID;

/**
 * Payment's public, versioned events, each naming the order it pays for. The payment stream's version travels in
 * the message headers ({@code es-version}).
 */
public sealed interface PaymentIntegrationEvent {

    UUID paymentId();

    UUID orderId();

    record PaymentAuthorized(UUID paymentId, UUID orderId, Money amount) implements PaymentIntegrationEvent {
    }

    /** The acquirer refused the card: {@code reason} is its code, e.g. {@code card_declined}. */
    record PaymentDeclined(UUID paymentId, UUID orderId, String reason) implements PaymentIntegrationEvent {
    }

    record PaymentCaptured(UUID paymentId, UUID orderId, Money amount) implements PaymentIntegrationEvent {
    }

    record PaymentRefunded(UUID paymentId, UUID orderId, Money amount) implements PaymentIntegrationEvent {
    }

    /** The authorization was released, or will be as soon as it arrives. */
    record PaymentVoided(UUID paymentId, UUID orderId) implements PaymentIntegrationEvent {
    }
}
