package dev.eventualshop.payment.command.domain;

import dev.eventualshop.decider.Decider;
import dev.eventualshop.decider.Decision;
import dev.eventualshop.payment.commands.PaymentCommand;
import dev.eventualshop.payment.internal.PaymentEvent;
import java.util.regex.Pattern;

/**
 * One payment for one order. The order asks to authorize, capture, refund or void; the acquirer's answers arrive as
 * internal reports. An event says money moved only once the acquirer said so: a capture or refund is first
 * requested, then recorded. Every request is idempotent: a repeat finds the payment where the first left it and
 * changes nothing. An authorization that arrives after the payment was voided is released.
 */
public final class PaymentDecider implements Decider<PaymentCommand, Payment, PaymentEvent> {

    /** A provider's card token; never card data. */
    public static final Pattern TOKEN = Pattern.compile("^tok_[A-Za-z0-9_]{1,64}$");
    /** The longest customer id accepted. */
    public static final int MAX_CUSTOMER_ID_LENGTH = 100;

    @Override
    public Payment initialState() {
        return new Payment.None();
    }

    @Override
    public Decision<PaymentEvent> decide(PaymentCommand command, Payment state) {
        if (state instanceof Payment.None && !(command instanceof PaymentCommand.AuthorizePayment)) {
            return Decision.reject("NOT_FOUND", "no payment was requested under this id");
        }
        return switch (command) {
            case PaymentCommand.AuthorizePayment authorize -> authorize(authorize, state);
            case PaymentCommand.RecordAuthorization answer -> PaymentAnswers.authorization(answer, state);
            case PaymentCommand.CapturePayment capture -> capture(state);
            case PaymentCommand.RecordCapture captured -> PaymentAnswers.capture(state);
            case PaymentCommand.RefundPayment refund -> refund(state);
            case PaymentCommand.RecordRefund refunded -> PaymentAnswers.refund(state);
            case PaymentCommand.VoidPayment cancel -> voidPayment(state);
        };
    }

    @Override
    public Payment evolve(Payment state, PaymentEvent event) {
        return switch (event) {
            case PaymentEvent.PaymentRequested requested ->
                    new Payment.Pending(requested.paymentId(), requested.orderId(), requested.amount());
            case PaymentEvent.PaymentAuthorized authorized -> new Payment.Authorized(authorized.paymentId(),
                    authorized.orderId(), authorized.amount(), authorized.acquirerReference());
            case PaymentEvent.PaymentDeclined declined -> new Payment.Declined(declined.paymentId(), declined.orderId());
            case PaymentEvent.CaptureRequested requested ->
                    new Payment.Capturing(requested.paymentId(), requested.orderId(), requested.amount(), false);
            case PaymentEvent.PaymentCaptured captured -> state instanceof Payment.Capturing capturing
                    && capturing.refundWanted()
                    ? new Payment.Refunding(captured.paymentId(), captured.orderId(), captured.amount())
                    : new Payment.Captured(captured.paymentId(), captured.orderId(), captured.amount());
            case PaymentEvent.RefundRequested requested -> state instanceof Payment.Capturing
                    ? new Payment.Capturing(requested.paymentId(), requested.orderId(), requested.amount(), true)
                    : new Payment.Refunding(requested.paymentId(), requested.orderId(), requested.amount());
            case PaymentEvent.PaymentRefunded refunded -> new Payment.Refunded(refunded.paymentId(), refunded.orderId());
            case PaymentEvent.PaymentVoided voided ->
                    new Payment.Voided(voided.paymentId(), voided.orderId(), !voided.authorizationReleased());
            case PaymentEvent.LateAuthorizationReleased released ->
                    new Payment.Voided(released.paymentId(), released.orderId(), false);
        };
    }

    private static Decision<PaymentEvent> authorize(PaymentCommand.AuthorizePayment authorize, Payment state) {
        if (!(state instanceof Payment.None)) {
            return Decision.accept();
        }
        if (authorize.paymentId() == null || authorize.orderId() == null || authorize.customerId() == null
                || authorize.customerId().isBlank() || authorize.customerId().length() > MAX_CUSTOMER_ID_LENGTH) {
            return invalid("a payment needs its id, its order's id and its customer's id");
        }
        if (authorize.amount() == null || authorize.amount().amount().signum() <= 0
                || !authorize.amount().withinApiLimit()) {
            return invalid("a payment's amount is positive and below a billion");
        }
        if (authorize.token() == null || !TOKEN.matcher(authorize.token()).matches()) {
            return invalid("a payment names its card by a token like tok_visa");
        }
        return Decision.accept(new PaymentEvent.PaymentRequested(authorize.paymentId(), authorize.orderId(),
                authorize.customerId(), authorize.amount(), authorize.token()));
    }

    private static Decision<PaymentEvent> capture(Payment state) {
        return switch (state) {
            case Payment.Authorized authorized -> Decision.accept(new PaymentEvent.CaptureRequested(
                    authorized.paymentId(), authorized.orderId(), authorized.amount()));
            case Payment.Capturing c -> Decision.accept();
            case Payment.Captured c -> Decision.accept();
            case Payment.Refunding r -> Decision.accept();
            case Payment.Refunded r -> Decision.accept();
            case Payment.Pending p -> Decision.reject("NOT_AUTHORIZED", "the acquirer has not authorized it yet");
            case Payment.Declined d -> Decision.reject("DECLINED", "the acquirer declined the card");
            case Payment.Voided v -> Decision.reject("VOIDED", "the payment was voided");
            case Payment.None n -> Decision.reject("NOT_FOUND", "no payment was requested under this id");
        };
    }

    private static Decision<PaymentEvent> refund(Payment state) {
        return switch (state) {
            case Payment.Captured captured -> Decision.accept(new PaymentEvent.RefundRequested(captured.paymentId(),
                    captured.orderId(), captured.amount()));
            // The capture is on its way: the refund follows it as soon as the acquirer confirms it.
            case Payment.Capturing capturing when !capturing.refundWanted() -> Decision.accept(
                    new PaymentEvent.RefundRequested(capturing.paymentId(), capturing.orderId(), capturing.amount()));
            case Payment.Capturing c -> Decision.accept();
            case Payment.Refunding r -> Decision.accept();
            case Payment.Refunded r -> Decision.accept();
            // The refund overtook the capture on Payment's unordered queue: nothing was taken, so the authorization
            // is released instead, and the capture that follows is refused as VOIDED.
            case Payment.Authorized authorized ->
                    Decision.accept(new PaymentEvent.PaymentVoided(authorized.paymentId(), authorized.orderId(), true));
            case Payment.Pending p -> notCaptured();
            case Payment.Declined d -> notCaptured();
            case Payment.Voided v -> notCaptured();
            case Payment.None n -> Decision.reject("NOT_FOUND", "no payment was requested under this id");
        };
    }

    private static Decision<PaymentEvent> voidPayment(Payment state) {
        return switch (state) {
            case Payment.Pending pending ->
                    Decision.accept(new PaymentEvent.PaymentVoided(pending.paymentId(), pending.orderId(), false));
            case Payment.Authorized authorized ->
                    Decision.accept(new PaymentEvent.PaymentVoided(authorized.paymentId(), authorized.orderId(), true));
            case Payment.Declined d -> Decision.accept();
            case Payment.Voided v -> Decision.accept();
            case Payment.Refunded r -> Decision.accept();
            case Payment.Capturing c -> captured();
            case Payment.Captured c -> captured();
            case Payment.Refunding r -> captured();
            case Payment.None n -> Decision.reject("NOT_FOUND", "no payment was requested under this id");
        };
    }

    private static Decision<PaymentEvent> notCaptured() {
        return Decision.reject("NOT_CAPTURED", "only captured money is refunded; void an authorization instead");
    }

    private static Decision<PaymentEvent> captured() {
        return Decision.reject("CAPTURED", "the money is captured: refund it instead");
    }

    static Decision<PaymentEvent> invalid(String message) {
        return Decision.reject("INVALID", message);
    }
}
