package dev.eventualshop.payment.command.infrastructure.messaging;

import dev.eventualshop.messaging.relay.IntegrationEventMapper;
import dev.eventualshop.payment.internal.PaymentEvent;
import dev.eventualshop.payment.v1.PaymentIntegrationEvent;
import java.util.List;

/**
 * Payment's public events: what the acquirer answered, and a void. Requests (of a payment, a capture, a refund) are
 * Payment's own business and publish nothing; nor does a late authorization's release, since the payment was
 * already published voided ({@code PaymentVoided}: released, or will be as soon as the authorization arrives).
 */
public final class PaymentIntegrationEvents implements IntegrationEventMapper {

    @Override
    public List<Object> map(Object domainEvent) {
        if (!(domainEvent instanceof PaymentEvent event)) {
            return List.of();
        }
        return switch (event) {
            case PaymentEvent.PaymentAuthorized authorized -> List.of(new PaymentIntegrationEvent.PaymentAuthorized(
                    authorized.paymentId(), authorized.orderId(), authorized.amount()));
            case PaymentEvent.PaymentDeclined declined -> List.of(new PaymentIntegrationEvent.PaymentDeclined(
                    declined.paymentId(), declined.orderId(), declined.reason()));
            case PaymentEvent.PaymentCaptured captured -> List.of(new PaymentIntegrationEvent.PaymentCaptured(
                    captured.paymentId(), captured.orderId(), captured.amount()));
            case PaymentEvent.PaymentRefunded refunded -> List.of(new PaymentIntegrationEvent.PaymentRefunded(
                    refunded.paymentId(), refunded.orderId(), refunded.amount()));
            case PaymentEvent.PaymentVoided voided ->
                    List.of(new PaymentIntegrationEvent.PaymentVoided(voided.paymentId(), voided.orderId()));
            case PaymentEvent.PaymentRequested requested -> List.of();
            case PaymentEvent.CaptureRequested requested -> List.of();
            case PaymentEvent.RefundRequested requested -> List.of();
            case PaymentEvent.LateAuthorizationReleased released -> List.of();
        };
    }
}
