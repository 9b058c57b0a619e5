package dev.eventualshop.payment.command.domain;

import dev.eventualshop.decider.Decision;
import dev.eventualshop.payment.commands.PaymentCommand;
import dev.eventualshop.payment.internal.PaymentEvent;

/**
 * How the acquirer's answers, reported by Payment's own acquirer client, move a payment on. An answer the payment
 * no longer waits for (a repeat, or one that crossed a void) changes nothing, except an approval after a void:
 * that authorization is released.
 */
final class PaymentAnswers {

    private PaymentAnswers() {
    }

    static Decision<PaymentEvent> authorization(PaymentCommand.RecordAuthorization answer, Payment state) {
        if (answer.approved() ? !AcquirerText.isReference(answer.acquirerReference())
                : !AcquirerText.isReason(answer.declineReason())) {
            return PaymentDecider.invalid("an approval needs the acquirer's reference, a decline its reason code");
        }
        if (state instanceof Payment.Pending pending) {
            return Decision.accept(answer.approved()
                    ? new PaymentEvent.PaymentAuthorized(pending.paymentId(), pending.orderId(), pending.amount(),
                    answer.acquirerReference())
                    : new PaymentEvent.PaymentDeclined(pending.paymentId(), pending.orderId(), answer.declineReason()));
        }
        if (state instanceof Payment.Voided voided && voided.awaitingAuthorization() && answer.approved()) {
            return Decision.accept(new PaymentEvent.LateAuthorizationReleased(voided.paymentId(), voided.orderId(),
                    answer.acquirerReference()));
        }
        return Decision.accept();
    }

    static Decision<PaymentEvent> capture(Payment state) {
        if (state instanceof Payment.Capturing capturing) {
            return Decision.accept(new PaymentEvent.PaymentCaptured(capturing.paymentId(), capturing.orderId(),
                    capturing.amount()));
        }
        return Decision.accept();
    }

    static Decision<PaymentEvent> refund(Payment state) {
        if (state instanceof Payment.Refunding refunding) {
            return Decision.accept(new PaymentEvent.PaymentRefunded(refunding.paymentId(), refunding.orderId(),
                    refunding.amount()));
        }
        return Decision.accept();
    }
}
