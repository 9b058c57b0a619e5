package dev.eventualshop.payment.query.domain;

import dev.eventualshop.payment.PaymentMessages;
import dev.eventualshop.payment.internal.PaymentEvent;
import dev.eventualshop.projection.Projection;
import java.util.Set;

/**
 * The payments read model: one {@link PaymentView} per payment stream ({@code payment.Payment/<paymentId>}), at
 * the stream's version. Its consumer is also the queue on {@code payment.domain-events} that lets payment-command's
 * relay publish at all: the context's domain events are mandatory (ADR 0006), unroutable without a queue.
 *
 * <p>Every event of the payment's life is a case of the switch, so a new one is a compile error here until the
 * view takes it. The requests to capture and to refund leave the status alone (no money has moved yet) and only
 * set a flag; the token of {@code PaymentRequested} is never copied into the view.
 */
public final class PaymentsProjection implements Projection<PaymentView> {

    public static final String VIEW = "payment.Payments";

    /** The view's fields an ADMIN filters payments by. */
    public static final String ORDER_ID = "orderId";
    public static final String STATUS = "status";

    @Override
    public String view() {
        return VIEW;
    }

    @Override
    public Class<PaymentView> viewType() {
        return PaymentView.class;
    }

    @Override
    public String streamType() {
        return PaymentMessages.PAYMENT_STREAM;
    }

    @Override
    public PaymentView evolve(PaymentView payment, Object event) {
        if (!(event instanceof PaymentEvent paymentEvent)) {
            return payment;
        }
        if (payment == null && !(paymentEvent instanceof PaymentEvent.PaymentRequested)) {
            return null;
        }
        return switch (paymentEvent) {
            case PaymentEvent.PaymentRequested requested -> PaymentView.requested(requested.paymentId(),
                    requested.orderId(), requested.customerId(), requested.amount());
            case PaymentEvent.PaymentAuthorized authorized -> payment.authorized(authorized.acquirerReference());
            case PaymentEvent.PaymentDeclined declined -> payment.declined(declined.reason());
            case PaymentEvent.CaptureRequested ignored -> payment.withCaptureRequested();
            case PaymentEvent.PaymentCaptured captured -> payment.captured(captured.amount());
            case PaymentEvent.RefundRequested ignored -> payment.withRefundRequested();
            case PaymentEvent.PaymentRefunded refunded -> payment.refunded(refunded.amount());
            case PaymentEvent.PaymentVoided voided -> payment.voided(voided.authorizationReleased());
            case PaymentEvent.LateAuthorizationReleased released ->
                    payment.withAcquirer(released.acquirerReference(), true);
        };
    }

    @Override
    public Set<String> owners(PaymentView payment) {
        return Set.of(payment.customerId());
    }
}
