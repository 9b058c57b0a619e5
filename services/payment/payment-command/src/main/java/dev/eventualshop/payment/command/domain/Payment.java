package dev.eventualshop.payment.command.domain;

import dev.eventualshop.contracts.Money;
import java.util.UUID;

/**
 * What the decider knows of one payment, a type per stage of its life. {@code reference} is the acquirer's
 * reference of the authorization.
 */
public sealed interface Payment {

    /** Nothing was asked under this payment id. */
    record None() implements Payment {
    }

    /** The acquirer is being asked to authorize {@code amount}. */
    record Pending(UUID paymentId, UUID orderId, Money amount) implements Payment {
    }

    /** The acquirer holds {@code amount} on the card. */
    record Authorized(UUID paymentId, UUID orderId, Money amount, String reference) implements Payment {
    }

    /** The acquirer refused the card. */
    record Declined(UUID paymentId, UUID orderId) implements Payment {
    }

    /** The capture is asked of the acquirer; {@code refundWanted} when a refund was asked meanwhile. */
    record Capturing(UUID paymentId, UUID orderId, Money amount, boolean refundWanted) implements Payment {
    }

    /** The acquirer took the money. */
    record Captured(UUID paymentId, UUID orderId, Money amount) implements Payment {
    }

    /** The refund is asked of the acquirer. */
    record Refunding(UUID paymentId, UUID orderId, Money amount) implements Payment {
    }

    /** The acquirer gave the money back. */
    record Refunded(UUID paymentId, UUID orderId) implements Payment {
    }

    /**
     * The payment is void. {@code awaitingAuthorization} while an authorization voided before it arrived may
     * still come, to be released as it does.
     */
    record Voided(UUID paymentId, UUID orderId, boolean awaitingAuthorization) implements Payment {
    }
}
