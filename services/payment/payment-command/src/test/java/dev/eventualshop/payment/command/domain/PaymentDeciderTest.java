package dev.eventualshop.payment.command.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.decider.test.DeciderSpec;
import dev.eventualshop.payment.commands.PaymentCommand;
import dev.eventualshop.payment.internal.PaymentEvent;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentDeciderTest {

    static final UUID PAYMENT = UUID.fromString("7b2e4c1d-9a3f-5b6e-8c7d-0e1f2a3b4c5d");
    static final UUID ORDER = UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");
    static final Money AMOUNT = Money.of("42.50", "EUR");
    static final String REFERENCE = "sim_6f1c2e3d-4b5a-4c6d-8e7f-9a0b1c2d3e4f";
    static final PaymentCommand.AuthorizePayment AUTHORIZE =
            new PaymentCommand.AuthorizePayment(PAYMENT, ORDER, "customer-1", AMOUNT, "tok_visa");
    static final PaymentEvent.PaymentRequested REQUESTED =
            new PaymentEvent.PaymentRequested(PAYMENT, ORDER, "customer-1", AMOUNT, "tok_visa");
    static final PaymentEvent.PaymentAuthorized AUTHORIZED =
            new PaymentEvent.PaymentAuthorized(PAYMENT, ORDER, AMOUNT, REFERENCE);
    static final PaymentEvent.CaptureRequested CAPTURE_REQUESTED = new PaymentEvent.CaptureRequested(PAYMENT, ORDER, AMOUNT);
    static final PaymentEvent.PaymentCaptured CAPTURED = new PaymentEvent.PaymentCaptured(PAYMENT, ORDER, AMOUNT);
    static final PaymentEvent.RefundRequested REFUND_REQUESTED = new PaymentEvent.RefundRequested(PAYMENT, ORDER, AMOUNT);
    static final PaymentEvent.PaymentRefunded REFUNDED = new PaymentEvent.PaymentRefunded(PAYMENT, ORDER, AMOUNT);
    static final PaymentCommand.RecordAuthorization APPROVED =
            new PaymentCommand.RecordAuthorization(PAYMENT, true, REFERENCE, null);
    static final PaymentCommand.RecordAuthorization DECLINED =
            new PaymentCommand.RecordAuthorization(PAYMENT, false, null, "card_declined");
    static final PaymentCommand.CapturePayment CAPTURE = new PaymentCommand.CapturePayment(PAYMENT);
    static final PaymentCommand.RefundPayment REFUND = new PaymentCommand.RefundPayment(PAYMENT);
    static final PaymentCommand.VoidPayment VOID = new PaymentCommand.VoidPayment(PAYMENT);

    final DeciderSpec<PaymentCommand, Payment, PaymentEvent> payment = DeciderSpec.of(new PaymentDecider());

    @Test
    void an_authorization_request_opens_a_pending_payment() {
        payment.given().when(AUTHORIZE).then(REQUESTED)
                .thenState(state -> assertThat(state).isEqualTo(new Payment.Pending(PAYMENT, ORDER, AMOUNT)));
    }

    @Test
    void a_repeated_authorization_request_changes_nothing() {
        payment.given(REQUESTED).when(AUTHORIZE).thenNothing();
        payment.given(REQUESTED, AUTHORIZED).when(AUTHORIZE).thenNothing();
        payment.given(REQUESTED, AUTHORIZED).when(new PaymentCommand.AuthorizePayment(PAYMENT, ORDER, "customer-1",
                Money.of("1.00", "EUR"), "tok_chargeDeclined")).thenNothing();
    }

    @Test
    void an_authorization_request_without_its_ids_is_invalid() {
        payment.given().when(new PaymentCommand.AuthorizePayment(PAYMENT, null, "customer-1", AMOUNT, "tok_visa"))
                .thenRejects("INVALID");
        payment.given().when(new PaymentCommand.AuthorizePayment(PAYMENT, ORDER, " ", AMOUNT, "tok_visa"))
                .thenRejects("INVALID");
        payment.given().when(new PaymentCommand.AuthorizePayment(PAYMENT, ORDER, "c".repeat(101), AMOUNT, "tok_visa"))
                .thenRejects("INVALID");
    }

    @Test
    void an_amount_of_nothing_or_beyond_the_api_limit_is_invalid() {
        payment.given().when(new PaymentCommand.AuthorizePayment(PAYMENT, ORDER, "customer-1", Money.zero("EUR"),
                "tok_visa")).thenRejects("INVALID");
        payment.given().when(new PaymentCommand.AuthorizePayment(PAYMENT, ORDER, "customer-1",
                new Money(new java.math.BigDecimal("1000000000"), "EUR"), "tok_visa")).thenRejects("INVALID");
        payment.given().when(new PaymentCommand.AuthorizePayment(PAYMENT, ORDER, "customer-1", null, "tok_visa"))
                .thenRejects("INVALID");
    }

    @Test
    void anything_but_a_provider_token_is_invalid() {
        for (String token : new String[] {"4242424242424242", "tok_", "tok_visa;drop", "tok_" + "a".repeat(65), null}) {
            payment.given().when(new PaymentCommand.AuthorizePayment(PAYMENT, ORDER, "customer-1", AMOUNT, token))
                    .thenRejects("INVALID");
        }
    }

    @Test
    void an_approval_authorizes_the_pending_payment_with_the_acquirers_reference() {
        payment.given(REQUESTED).when(APPROVED).then(AUTHORIZED);
    }

    @Test
    void a_decline_declines_the_pending_payment_with_its_reason() {
        payment.given(REQUESTED).when(DECLINED).then(new PaymentEvent.PaymentDeclined(PAYMENT, ORDER, "card_declined"));
    }

    @Test
    void an_answer_of_an_unexpected_shape_is_invalid() {
        payment.given(REQUESTED).when(new PaymentCommand.RecordAuthorization(PAYMENT, true, "<script>", null))
                .thenRejects("INVALID");
        payment.given(REQUESTED).when(new PaymentCommand.RecordAuthorization(PAYMENT, true, "r".repeat(65), null))
                .thenRejects("INVALID");
        payment.given(REQUESTED).when(new PaymentCommand.RecordAuthorization(PAYMENT, false, null, "Card Declined!"))
                .thenRejects("INVALID");
    }

    @Test
    void a_repeated_answer_changes_nothing() {
        payment.given(REQUESTED, AUTHORIZED).when(APPROVED).thenNothing();
        payment.given(REQUESTED, new PaymentEvent.PaymentDeclined(PAYMENT, ORDER, "card_declined")).when(DECLINED)
                .thenNothing();
    }

    @Test
    void an_answer_or_a_request_for_a_payment_never_requested_is_not_found() {
        payment.given().when(APPROVED).thenRejects("NOT_FOUND");
        payment.given().when(CAPTURE).thenRejects("NOT_FOUND");
        payment.given().when(REFUND).thenRejects("NOT_FOUND");
        payment.given().when(VOID).thenRejects("NOT_FOUND");
        payment.given().when(new PaymentCommand.RecordCapture(PAYMENT)).thenRejects("NOT_FOUND");
    }

    @Test
    void a_capture_is_asked_of_the_acquirer_and_recorded_once_it_confirms() {
        payment.given(REQUESTED, AUTHORIZED).when(CAPTURE).then(CAPTURE_REQUESTED);
        payment.given(REQUESTED, AUTHORIZED, CAPTURE_REQUESTED).when(new PaymentCommand.RecordCapture(PAYMENT))
                .then(CAPTURED)
                .thenState(state -> assertThat(state).isEqualTo(new Payment.Captured(PAYMENT, ORDER, AMOUNT)));
    }

    @Test
    void a_repeated_capture_changes_nothing() {
        payment.given(REQUESTED, AUTHORIZED, CAPTURE_REQUESTED).when(CAPTURE).thenNothing();
        payment.given(REQUESTED, AUTHORIZED, CAPTURE_REQUESTED, CAPTURED).when(CAPTURE).thenNothing();
        payment.given(REQUESTED, AUTHORIZED, CAPTURE_REQUESTED, CAPTURED).when(new PaymentCommand.RecordCapture(PAYMENT))
                .thenNothing();
    }

    @Test
    void only_an_authorized_payment_is_captured() {
        payment.given(REQUESTED).when(CAPTURE).thenRejects("NOT_AUTHORIZED");
        payment.given(REQUESTED, new PaymentEvent.PaymentDeclined(PAYMENT, ORDER, "card_declined")).when(CAPTURE)
                .thenRejects("DECLINED");
        payment.given(REQUESTED, new PaymentEvent.PaymentVoided(PAYMENT, ORDER, false)).when(CAPTURE)
                .thenRejects("VOIDED");
    }

    @Test
    void a_refund_is_asked_of_the_acquirer_and_recorded_once_it_confirms() {
        payment.given(REQUESTED, AUTHORIZED, CAPTURE_REQUESTED, CAPTURED).when(REFUND).then(REFUND_REQUESTED);
        payment.given(REQUESTED, AUTHORIZED, CAPTURE_REQUESTED, CAPTURED, REFUND_REQUESTED)
                .when(new PaymentCommand.RecordRefund(PAYMENT)).then(REFUNDED);
    }

    @Test
    void a_refund_asked_while_the_capture_is_under_way_follows_the_capture() {
        payment.given(REQUESTED, AUTHORIZED, CAPTURE_REQUESTED).when(REFUND).then(REFUND_REQUESTED);
        payment.given(REQUESTED, AUTHORIZED, CAPTURE_REQUESTED, REFUND_REQUESTED)
                .when(new PaymentCommand.RecordCapture(PAYMENT)).then(CAPTURED)
                .thenState(state -> assertThat(state).isEqualTo(new Payment.Refunding(PAYMENT, ORDER, AMOUNT)));
    }

    @Test
    void a_repeated_refund_changes_nothing() {
        payment.given(REQUESTED, AUTHORIZED, CAPTURE_REQUESTED, REFUND_REQUESTED).when(REFUND).thenNothing();
        payment.given(REQUESTED, AUTHORIZED, CAPTURE_REQUESTED, CAPTURED, REFUND_REQUESTED).when(REFUND).thenNothing();
        payment.given(REQUESTED, AUTHORIZED, CAPTURE_REQUESTED, CAPTURED, REFUND_REQUESTED, REFUNDED).when(REFUND)
                .thenNothing();
    }

    @Test
    void money_not_captured_is_not_refunded() {
        payment.given(REQUESTED).when(REFUND).thenRejects("NOT_CAPTURED");
    }

    @Test
    void a_refund_that_overtakes_its_capture_releases_the_authorization_and_the_capture_is_refused() {
        PaymentEvent.PaymentVoided released = new PaymentEvent.PaymentVoided(PAYMENT, ORDER, true);
        payment.given(REQUESTED, AUTHORIZED).when(REFUND).then(released);
        payment.given(REQUESTED, AUTHORIZED, released).when(new PaymentCommand.CapturePayment(PAYMENT))
                .thenRejects("VOIDED");
    }

    @Test
    void voiding_a_pending_payment_stops_waiting_for_its_authorization() {
        payment.given(REQUESTED).when(VOID).then(new PaymentEvent.PaymentVoided(PAYMENT, ORDER, false))
                .thenState(state -> assertThat(state).isEqualTo(new Payment.Voided(PAYMENT, ORDER, true)));
    }

    @Test
    void an_authorization_that_arrives_after_the_void_is_released() {
        payment.given(REQUESTED, new PaymentEvent.PaymentVoided(PAYMENT, ORDER, false)).when(APPROVED)
                .then(new PaymentEvent.LateAuthorizationReleased(PAYMENT, ORDER, REFERENCE));
        payment.given(REQUESTED, new PaymentEvent.PaymentVoided(PAYMENT, ORDER, false),
                new PaymentEvent.LateAuthorizationReleased(PAYMENT, ORDER, REFERENCE)).when(APPROVED).thenNothing();
        payment.given(REQUESTED, new PaymentEvent.PaymentVoided(PAYMENT, ORDER, false)).when(DECLINED).thenNothing();
    }

    @Test
    void voiding_an_authorized_payment_releases_its_authorization() {
        payment.given(REQUESTED, AUTHORIZED).when(VOID).then(new PaymentEvent.PaymentVoided(PAYMENT, ORDER, true));
        payment.given(REQUESTED, AUTHORIZED, new PaymentEvent.PaymentVoided(PAYMENT, ORDER, true)).when(APPROVED)
                .thenNothing();
    }

    @Test
    void voiding_a_declined_or_voided_payment_changes_nothing() {
        payment.given(REQUESTED, new PaymentEvent.PaymentDeclined(PAYMENT, ORDER, "card_declined")).when(VOID)
                .thenNothing();
        payment.given(REQUESTED, new PaymentEvent.PaymentVoided(PAYMENT, ORDER, false)).when(VOID).thenNothing();
    }

    @Test
    void captured_money_is_refunded_not_voided() {
        payment.given(REQUESTED, AUTHORIZED, CAPTURE_REQUESTED).when(VOID).thenRejects("CAPTURED");
        payment.given(REQUESTED, AUTHORIZED, CAPTURE_REQUESTED, CAPTURED).when(VOID).thenRejects("CAPTURED");
    }
}
