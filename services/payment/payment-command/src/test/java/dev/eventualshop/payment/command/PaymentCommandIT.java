package dev.eventualshop.payment.command;

import static dev.eventualshop.payment.command.application.AcquirerOperation.AUTHORIZE;
import static dev.eventualshop.payment.command.application.AcquirerOperation.CAPTURE;
import static dev.eventualshop.payment.command.application.AcquirerOperation.REFUND;
import static dev.eventualshop.payment.command.application.AcquirerOperation.VOID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.payment.command.application.AcquirerWorker;
import dev.eventualshop.payment.commands.PaymentCommand;
import dev.eventualshop.payment.v1.PaymentIntegrationEvent;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * payment-command on the embedded broker and H2: an approved card is published authorized, a refused one declined,
 * however often the request is delivered the acquirer authorizes once; a silent acquirer is asked again with the
 * same key until the payment is voided, and never after; a capture and a refund are published once the acquirer
 * confirmed them, each made once.
 */
class PaymentCommandIT extends PaymentCommandContract {


    @Autowired
    AcquirerWorker worker;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().commandServiceProperties("payment-command-it")
                .forEach((name, value) -> registry.add(name, () -> value));
    }

    @Test
    void an_approved_card_is_authorized_once_however_often_the_request_is_delivered() {
        UUID paymentId = UUID.randomUUID();
        UUID commandId = UUID.randomUUID();
        PaymentCommand.AuthorizePayment request = authorize(paymentId, "tok_visa");

        send(commandId, request);
        send(commandId, request);
        UUID again = send(request);

        assertThat(outcome(commandId).status()).isEqualTo("SUCCEEDED");
        assertThat(outcome(again).status()).isEqualTo("SUCCEEDED");
        assertThat(published(paymentId, "payment.v1.PaymentAuthorized")).isEqualTo(
                new PaymentIntegrationEvent.PaymentAuthorized(paymentId, request.orderId(), AMOUNT));
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> acquirer.calls(paymentId, AUTHORIZE) == 1);
        assertThat(eventTypes(paymentId)).containsExactly("payment.PaymentRequested", "payment.PaymentAuthorized");
        assertThat(jdbc.queryForObject("select token from acquirer_calls where payment_id = ?", String.class,
                paymentId)).isNull();
    }

    @Test
    void a_refused_card_is_declined_with_the_acquirers_reason() {
        UUID paymentId = UUID.randomUUID();
        PaymentCommand.AuthorizePayment request = authorize(paymentId, "tok_chargeDeclined");

        send(request);

        assertThat(published(paymentId, "payment.v1.PaymentDeclined")).isEqualTo(
                new PaymentIntegrationEvent.PaymentDeclined(paymentId, request.orderId(), "card_declined"));
        assertThat(eventTypes(paymentId)).containsExactly("payment.PaymentRequested", "payment.PaymentDeclined");
        assertThat(callDue(paymentId)).isFalse();
    }

    @Test
    void a_silent_acquirer_is_asked_again_until_the_payment_is_voided_and_never_after() {
        UUID paymentId = UUID.randomUUID();
        PaymentCommand.AuthorizePayment request = authorize(paymentId, "tok_timeout");

        send(request);

        await().atMost(WAIT).until(() -> acquirer.calls(paymentId, AUTHORIZE) >= 2);
        assertThat(eventTypes(paymentId)).containsExactly("payment.PaymentRequested");

        UUID cancel = send(new PaymentCommand.VoidPayment(paymentId));

        assertThat(outcome(cancel).status()).isEqualTo("SUCCEEDED");
        assertThat(published(paymentId, "payment.v1.PaymentVoided"))
                .isEqualTo(new PaymentIntegrationEvent.PaymentVoided(paymentId, request.orderId()));
        assertThat(callDue(paymentId)).isFalse();
        // A call claimed just before the void may still start; none is asked after it (a retry comes every 0.5 s).
        int asked = acquirer.calls(paymentId, AUTHORIZE);
        await().during(Duration.ofMillis(1500)).atMost(WAIT).until(() -> acquirer.calls(paymentId, AUTHORIZE) <= asked + 1);
        assertThat(eventTypes(paymentId)).containsExactly("payment.PaymentRequested", "payment.PaymentVoided");
        assertThat(publishedTypes(paymentId)).doesNotContain("payment.v1.PaymentAuthorized");
    }

    @Test
    void a_capture_and_a_refund_are_published_once_the_acquirer_made_them_each_once() {
        UUID paymentId = UUID.randomUUID();
        PaymentCommand.AuthorizePayment request = authorize(paymentId, "tok_visa");
        send(request);
        published(paymentId, "payment.v1.PaymentAuthorized");

        UUID capture = UUID.randomUUID();
        send(capture, new PaymentCommand.CapturePayment(paymentId));
        send(capture, new PaymentCommand.CapturePayment(paymentId));
        send(new PaymentCommand.CapturePayment(paymentId));

        assertThat(published(paymentId, "payment.v1.PaymentCaptured"))
                .isEqualTo(new PaymentIntegrationEvent.PaymentCaptured(paymentId, request.orderId(), AMOUNT));
        assertThat(acquirer.acted(paymentId, CAPTURE)).isEqualTo(1);

        send(new PaymentCommand.RefundPayment(paymentId));
        send(new PaymentCommand.RefundPayment(paymentId));

        assertThat(published(paymentId, "payment.v1.PaymentRefunded"))
                .isEqualTo(new PaymentIntegrationEvent.PaymentRefunded(paymentId, request.orderId(), AMOUNT));
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> acquirer.calls(paymentId, REFUND) == 1);
        assertThat(acquirer.calls(paymentId, CAPTURE)).isEqualTo(1);
        assertThat(eventTypes(paymentId)).containsExactly("payment.PaymentRequested", "payment.PaymentAuthorized",
                "payment.CaptureRequested", "payment.PaymentCaptured", "payment.RefundRequested",
                "payment.PaymentRefunded");
    }

    @Test
    void a_refund_asked_while_the_capture_is_under_way_is_made_once_the_capture_is_confirmed() {
        UUID paymentId = UUID.randomUUID();
        PaymentCommand.AuthorizePayment request = authorize(paymentId, "tok_visa");
        send(request);
        published(paymentId, "payment.v1.PaymentAuthorized");

        worker.stop();
        try {
            outcome(send(new PaymentCommand.CapturePayment(paymentId)));
            outcome(send(new PaymentCommand.RefundPayment(paymentId)));
            assertThat(eventTypes(paymentId)).endsWith("payment.CaptureRequested", "payment.RefundRequested");
        } finally {
            worker.start();
        }

        published(paymentId, "payment.v1.PaymentCaptured");
        assertThat(published(paymentId, "payment.v1.PaymentRefunded"))
                .isEqualTo(new PaymentIntegrationEvent.PaymentRefunded(paymentId, request.orderId(), AMOUNT));
        assertThat(acquirer.acted(paymentId, CAPTURE)).isEqualTo(1);
        assertThat(acquirer.acted(paymentId, REFUND)).isEqualTo(1);
        await().atMost(WAIT).until(() -> !callDue(paymentId));
    }

    @Test
    void voiding_an_authorized_payment_releases_it_at_the_acquirer_and_it_is_not_captured() {
        UUID paymentId = UUID.randomUUID();
        PaymentCommand.AuthorizePayment request = authorize(paymentId, "tok_visa");
        send(request);
        published(paymentId, "payment.v1.PaymentAuthorized");

        send(new PaymentCommand.VoidPayment(paymentId));

        assertThat(published(paymentId, "payment.v1.PaymentVoided"))
                .isEqualTo(new PaymentIntegrationEvent.PaymentVoided(paymentId, request.orderId()));
        await().atMost(WAIT).until(() -> acquirer.acted(paymentId, VOID) == 1 && !callDue(paymentId));
        UUID capture = send(new PaymentCommand.CapturePayment(paymentId));
        assertThat(outcome(capture).reason()).isEqualTo("VOIDED");
        assertThat(acquirer.calls(paymentId, CAPTURE)).isZero();
    }

    @Test
    void a_card_number_instead_of_a_token_is_refused_and_nothing_is_asked() {
        UUID paymentId = UUID.randomUUID();
        UUID commandId = send(authorize(paymentId, "4242424242424242"));

        assertThat(outcome(commandId).reason()).isEqualTo("INVALID");
        assertThat(eventTypes(paymentId)).isEmpty();
        assertThat(acquirer.calls(paymentId, AUTHORIZE)).isZero();
    }

    @Test
    void the_acquirers_answers_are_internal_and_not_taken_from_the_broker() {
        UUID paymentId = UUID.randomUUID();
        send(authorize(paymentId, "tok_timeout"));
        await().atMost(WAIT).until(() -> acquirer.calls(paymentId, AUTHORIZE) >= 1);

        UUID forged = send(new PaymentCommand.RecordAuthorization(paymentId, true, "forged", null));

        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> eventTypes(paymentId).size() == 1);
        assertThat(jdbc.queryForObject("select count(*) from commands where command_id = ?", Integer.class, forged))
                .isZero();
        send(new PaymentCommand.VoidPayment(paymentId));
        published(paymentId, "payment.v1.PaymentVoided");
    }
}
