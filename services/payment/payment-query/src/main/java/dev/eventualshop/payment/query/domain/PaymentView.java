package dev.eventualshop.payment.query.domain;

import dev.eventualshop.contracts.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A payment as an operator reads it: how much the order asked for, where the payment stands, how much money was
 * really captured and refunded, and why it was declined if it was. Never the payment token.
 *
 * <p>Payment's events carry no time, so the view keeps the order of the statuses reached ({@code history}) but
 * not when: a time stamped here would be the read model's, not the payment's, and would change on a rebuild.
 *
 * @param customerId            the user id of the order's customer, the only owner
 * @param status                a plain field, so payments can be listed by it
 * @param captureRequested      the order asked for the money; {@code captured} says whether it was taken
 * @param refundRequested       the order asked for the money back; {@code refunded} says whether it went back
 * @param captured              the amount the acquirer confirmed taking, {@code null} until then
 * @param refunded              the amount the acquirer confirmed giving back, {@code null} until then
 * @param declineReason         {@code null} unless declined
 * @param acquirerReference     the acquirer's reference of the authorization, {@code null} without one
 * @param authorizationReleased a voided payment's authorization was released at the acquirer
 * @param history               each status the payment reached, oldest first
 */
public record PaymentView(UUID paymentId, UUID orderId, String customerId, Money amount, Status status,
                          boolean captureRequested, boolean refundRequested, Money captured, Money refunded,
                          String declineReason, String acquirerReference, boolean authorizationReleased,
                          List<Status> history) {

    /** Where the payment stands (API.md's payment statuses; TIMED_OUT is the order's, Payment never says it). */
    public enum Status {
        PENDING,
        AUTHORIZED,
        DECLINED,
        CAPTURED,
        REFUNDED,
        VOIDED
    }

    public PaymentView {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
    }

    /** A payment the order asked for: {@code PENDING}. */
    static PaymentView requested(UUID paymentId, UUID orderId, String customerId, Money amount) {
        return new PaymentView(paymentId, orderId, customerId, amount, Status.PENDING, false, false, null, null,
                null, null, false, List.of(Status.PENDING));
    }

    /** The payment in {@code next}; the history grows only when the status really changes. */
    PaymentView movedTo(Status next) {
        List<Status> steps = history;
        if (next != status) {
            steps = new ArrayList<>(history);
            steps.add(next);
        }
        return new PaymentView(paymentId, orderId, customerId, amount, next, captureRequested, refundRequested,
                captured, refunded, declineReason, acquirerReference, authorizationReleased, steps);
    }

    PaymentView authorized(String reference) {
        return movedTo(Status.AUTHORIZED).withAcquirer(reference, authorizationReleased);
    }

    PaymentView declined(String reason) {
        PaymentView moved = movedTo(Status.DECLINED);
        return new PaymentView(paymentId, orderId, customerId, amount, moved.status, captureRequested,
                refundRequested, captured, refunded, reason, acquirerReference, authorizationReleased, moved.history);
    }

    PaymentView withCaptureRequested() {
        return new PaymentView(paymentId, orderId, customerId, amount, status, true, refundRequested, captured,
                refunded, declineReason, acquirerReference, authorizationReleased, history);
    }

    PaymentView captured(Money taken) {
        PaymentView moved = movedTo(Status.CAPTURED);
        return new PaymentView(paymentId, orderId, customerId, amount, moved.status, captureRequested,
                refundRequested, taken, refunded, declineReason, acquirerReference, authorizationReleased,
                moved.history);
    }

    PaymentView withRefundRequested() {
        return new PaymentView(paymentId, orderId, customerId, amount, status, captureRequested, true, captured,
                refunded, declineReason, acquirerReference, authorizationReleased, history);
    }

    PaymentView refunded(Money given) {
        PaymentView moved = movedTo(Status.REFUNDED);
        return new PaymentView(paymentId, orderId, customerId, amount, moved.status, captureRequested,
                refundRequested, captured, given, declineReason, acquirerReference, authorizationReleased,
                moved.history);
    }

    /** Void; a late authorization released afterwards keeps it void, with the acquirer's reference. */
    PaymentView voided(boolean released) {
        return movedTo(Status.VOIDED).withAcquirer(acquirerReference, authorizationReleased || released);
    }

    PaymentView withAcquirer(String reference, boolean released) {
        return new PaymentView(paymentId, orderId, customerId, amount, status, captureRequested, refundRequested,
                captured, refunded, declineReason, reference, released, history);
    }
}
