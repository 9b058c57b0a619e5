package dev.eventualshop.payment.query.domain;

import static dev.eventualshop.projection.ProjectionRunner.Outcome.APPLIED;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.DUPLICATE;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.payment.internal.PaymentEvent;
import dev.eventualshop.payment.query.domain.PaymentView.Status;
import dev.eventualshop.projection.test.ProjectionSpec;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentsProjectionTest {

    static final UUID PAYMENT = UUID.fromString("6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d");
    static final UUID ORDER = UUID.fromString("5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    static final String ADA = "3f2b8c1e-6d4a-4e0b-9a7c-1b2d3e4f5a60";
    static final Money AMOUNT = Money.of("25.00", "EUR");

    final ProjectionSpec<PaymentView> payments =
            ProjectionSpec.of(new PaymentsProjection()).onStream(PAYMENT.toString());

    final PaymentEvent.PaymentRequested requested =
            new PaymentEvent.PaymentRequested(PAYMENT, ORDER, ADA, AMOUNT, "tok_visa");
    final PaymentEvent.PaymentAuthorized authorized =
            new PaymentEvent.PaymentAuthorized(PAYMENT, ORDER, AMOUNT, "auth-1");
    final PaymentEvent.CaptureRequested captureRequested = new PaymentEvent.CaptureRequested(PAYMENT, ORDER, AMOUNT);
    final PaymentEvent.PaymentCaptured captured = new PaymentEvent.PaymentCaptured(PAYMENT, ORDER, AMOUNT);
    final PaymentEvent.RefundRequested refundRequested = new PaymentEvent.RefundRequested(PAYMENT, ORDER, AMOUNT);

    static PaymentView pending() {
        return new PaymentView(PAYMENT, ORDER, ADA, AMOUNT, Status.PENDING, false, false, null, null, null, null,
                false, List.of(Status.PENDING));
    }

    static PaymentView authorizedView() {
        return new PaymentView(PAYMENT, ORDER, ADA, AMOUNT, Status.AUTHORIZED, false, false, null, null, null,
                "auth-1", false, List.of(Status.PENDING, Status.AUTHORIZED));
    }

    static PaymentView capturedView() {
        return new PaymentView(PAYMENT, ORDER, ADA, AMOUNT, Status.CAPTURED, true, false, AMOUNT, null, null,
                "auth-1", false, List.of(Status.PENDING, Status.AUTHORIZED, Status.CAPTURED));
    }

    @Test
    void a_requested_payment_is_pending_for_the_orders_amount_owned_by_its_customer_without_its_token() {
        PaymentView view = payments.given().when(requested)
                .then(pending()).thenOwners(ADA).thenVersion(1).thenAnnounced(1L)
                .document().view();

        assertThat(view.toString()).as("the token stays in the write model").doesNotContain("tok_visa");
    }

    @Test
    void an_authorized_payment_keeps_the_acquirers_reference() {
        payments.given(requested).when(authorized).then(authorizedView()).thenVersion(2);
    }

    @Test
    void a_declined_payment_says_why() {
        payments.given(requested).when(new PaymentEvent.PaymentDeclined(PAYMENT, ORDER, "card_declined"))
                .then(new PaymentView(PAYMENT, ORDER, ADA, AMOUNT, Status.DECLINED, false, false, null, null,
                        "card_declined", null, false, List.of(Status.PENDING, Status.DECLINED)));
    }

    @Test
    void a_capture_requested_stays_authorized_until_the_acquirer_confirms_it() {
        payments.given(requested, authorized).when(captureRequested)
                .then(new PaymentView(PAYMENT, ORDER, ADA, AMOUNT, Status.AUTHORIZED, true, false, null, null, null,
                        "auth-1", false, List.of(Status.PENDING, Status.AUTHORIZED)));
    }

    @Test
    void a_captured_payment_says_how_much_money_was_taken() {
        payments.given(requested, authorized, captureRequested).when(captured).then(capturedView()).thenVersion(4);
    }

    @Test
    void a_refund_requested_stays_captured_until_the_acquirer_confirms_it() {
        payments.given(requested, authorized, captureRequested, captured).when(refundRequested)
                .then(new PaymentView(PAYMENT, ORDER, ADA, AMOUNT, Status.CAPTURED, true, true, AMOUNT, null, null,
                        "auth-1", false, List.of(Status.PENDING, Status.AUTHORIZED, Status.CAPTURED)));
    }

    @Test
    void a_refunded_payment_says_how_much_money_went_back() {
        payments.given(requested, authorized, captureRequested, captured, refundRequested)
                .when(new PaymentEvent.PaymentRefunded(PAYMENT, ORDER, AMOUNT))
                .then(new PaymentView(PAYMENT, ORDER, ADA, AMOUNT, Status.REFUNDED, true, true, AMOUNT, AMOUNT, null,
                        "auth-1", false,
                        List.of(Status.PENDING, Status.AUTHORIZED, Status.CAPTURED, Status.REFUNDED)));
    }

    @Test
    void a_voided_authorization_is_void_and_released() {
        payments.given(requested, authorized).when(new PaymentEvent.PaymentVoided(PAYMENT, ORDER, true))
                .then(new PaymentView(PAYMENT, ORDER, ADA, AMOUNT, Status.VOIDED, false, false, null, null, null,
                        "auth-1", true, List.of(Status.PENDING, Status.AUTHORIZED, Status.VOIDED)));
    }

    @Test
    void a_late_authorization_of_a_voided_payment_is_released_and_the_payment_stays_void() {
        payments.given(requested, new PaymentEvent.PaymentVoided(PAYMENT, ORDER, false))
                .when(new PaymentEvent.LateAuthorizationReleased(PAYMENT, ORDER, "auth-late"))
                .then(new PaymentView(PAYMENT, ORDER, ADA, AMOUNT, Status.VOIDED, false, false, null, null, null,
                        "auth-late", true, List.of(Status.PENDING, Status.VOIDED)));
    }

    @Test
    void a_redelivered_or_older_event_changes_nothing_and_is_announced_again_at_the_same_version() {
        payments.given(requested, authorized, captureRequested, captured)
                .when(payments.at(4, captured), payments.at(2, authorized))
                .thenOutcomes(DUPLICATE, DUPLICATE)
                .then(capturedView()).thenVersion(4).thenAnnounced(4L, 4L);
    }

    @Test
    void an_event_ahead_of_its_predecessor_waits_for_it_then_both_apply_in_order() {
        payments.given().when(payments.at(2, authorized))
                .thenOutcomes(WAITING).thenNoView().thenWaiting(2L);
        payments.given(payments.at(2, authorized)).when(payments.at(1, requested))
                .thenOutcomes(APPLIED).thenWaiting().thenVersion(2).then(authorizedView());
    }
}
