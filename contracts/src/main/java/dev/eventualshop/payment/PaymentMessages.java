package dev.eventualshop.payment;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.payment.commands.PaymentCommand;
import dev.eventualshop.payment.internal.PaymentEvent;
import dev.eventualshop.payment.v1.PaymentIntegrationEvent;

/**
 * Payment's message type names. A payment's stream is {@link #PAYMENT_STREAM}{@code /<paymentId>}; the payment id
 * derives from the order id. Commands go to {@code payment.commands} with their type name as routing key.
 */
public final class PaymentMessages {

    public static final String CONTEXT = "payment";
    public static final String PAYMENT_STREAM = "payment.Payment";

    private PaymentMessages() {
    }

    /** Payment's commands: the order saga publishes all but the internal {@code payment.Record*} reports of the acquirer's answers. */
    public static MessageTypes commands() {
        return MessageTypes.builder()
                .register("payment.AuthorizePayment", PaymentCommand.AuthorizePayment.class)
                .register("payment.CapturePayment", PaymentCommand.CapturePayment.class)
                .register("payment.RefundPayment", PaymentCommand.RefundPayment.class)
                .register("payment.VoidPayment", PaymentCommand.VoidPayment.class)
                .register("payment.RecordAuthorization", PaymentCommand.RecordAuthorization.class)
                .register("payment.RecordCapture", PaymentCommand.RecordCapture.class)
                .register("payment.RecordRefund", PaymentCommand.RecordRefund.class)
                .build();
    }

    /** Payment's domain events, for payment-command (and a payment query service) only. */
    public static MessageTypes domainEvents() {
        return MessageTypes.builder()
                .register("payment.PaymentRequested", PaymentEvent.PaymentRequested.class)
                .register("payment.PaymentAuthorized", PaymentEvent.PaymentAuthorized.class)
                .register("payment.PaymentDeclined", PaymentEvent.PaymentDeclined.class)
                .register("payment.CaptureRequested", PaymentEvent.CaptureRequested.class)
                .register("payment.PaymentCaptured", PaymentEvent.PaymentCaptured.class)
                .register("payment.RefundRequested", PaymentEvent.RefundRequested.class)
                .register("payment.PaymentRefunded", PaymentEvent.PaymentRefunded.class)
                .register("payment.PaymentVoided", PaymentEvent.PaymentVoided.class)
                .register("payment.LateAuthorizationReleased", PaymentEvent.LateAuthorizationReleased.class)
                .build();
    }

    /** Payment's integration events, for every context (Order follows its payments). */
    public static MessageTypes integrationEvents() {
        return MessageTypes.builder()
                .register("payment.v1.PaymentAuthorized", PaymentIntegrationEvent.PaymentAuthorized.class)
                .register("payment.v1.PaymentDeclined", PaymentIntegrationEvent.PaymentDeclined.class)
                .register("payment.v1.PaymentCaptured", PaymentIntegrationEvent.PaymentCaptured.class)
                .register("payment.v1.PaymentRefunded", PaymentIntegrationEvent.PaymentRefunded.class)
                .register("payment.v1.PaymentVoided", PaymentIntegrationEvent.PaymentVoided.class)
                .build();
    }
}
