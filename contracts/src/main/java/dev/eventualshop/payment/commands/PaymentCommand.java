package dev.eventualshop.payment.commands;

import dev.eventualshop.contracts.InternalCommand;
import dev.eventualshop.contracts.Money;
import java.util.UUID;

/**
 * What the Payment context is asked to do with a payment, on the stream {@code payment.Payment/<paymentId>}. The
 * order saga sends the public ones through its outbox; the payment id derives from the order id, so a step sent
 * twice is the same command and the same payment. A token names a card at the provider (e.g. {@code tok_visa});
 * no card number or CVV exists anywhere.
 */
public sealed interface PaymentCommand {

    UUID paymentId();

    /** Authorize {@code amount} on the card the token names, for the order. */
    record AuthorizePayment(UUID paymentId, UUID orderId, String customerId, Money amount, String token)
            implements PaymentCommand {
    }

    /** Take the authorized money (the order is confirmed). */
    record CapturePayment(UUID paymentId) implements PaymentCommand {
    }

    /** Give captured money back (a confirmed order was cancelled). */
    record RefundPayment(UUID paymentId) implements PaymentCommand {
    }

    /**
     * Release an authorization, or stop waiting for one (the order was cancelled before it was confirmed): an
     * authorization that arrives afterwards is voided at the acquirer.
     */
    record VoidPayment(UUID paymentId) implements PaymentCommand {
    }

    /**
     * The acquirer's answer to the authorization: approved with its reference, or declined with a reason. Only
     * Payment's acquirer client sends it.
     */
    record RecordAuthorization(UUID paymentId, boolean approved, String acquirerReference, String declineReason)
            implements PaymentCommand, InternalCommand {
    }

    /** The acquirer confirmed the capture Payment asked it for. Only Payment's acquirer client sends it. */
    record RecordCapture(UUID paymentId) implements PaymentCommand, InternalCommand {
    }

    /** The acquirer confirmed the refund Payment asked it for. Only Payment's acquirer client sends it. */
    record RecordRefund(UUID paymentId) implements PaymentCommand, InternalCommand {
    }
}
