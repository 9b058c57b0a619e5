package dev.eventualshop.payment.command;

import static dev.eventualshop.payment.command.application.AcquirerOperation.AUTHORIZE;
import static dev.eventualshop.payment.command.application.AcquirerOperation.CAPTURE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.eventstore.testing.RealPostgres;
import dev.eventualshop.messaging.testing.RealRabbit;
import dev.eventualshop.payment.commands.PaymentCommand;
import dev.eventualshop.payment.v1.PaymentIntegrationEvent;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The smoke test on this machine's real RabbitMQ (a virtual host of its own) and PostgreSQL (a database of its own,
 * with the PostgreSQL migration of the acquirer calls): an authorization delivered twice is made once, then captured.
 */
class PaymentCommandRabbitIT extends PaymentCommandContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        RealRabbit.register(registry, "payment-command");
        String url = RealPostgres.createDatabase("payment_command");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", RealPostgres::user);
        registry.add("spring.datasource.password", RealPostgres::password);
    }

    @Test
    void an_authorization_delivered_twice_is_made_once_and_captured() {
        UUID paymentId = UUID.randomUUID();
        UUID commandId = UUID.randomUUID();
        PaymentCommand.AuthorizePayment request = authorize(paymentId, "tok_visa");

        send(commandId, request);
        send(commandId, request);

        assertThat(outcome(commandId).status()).isEqualTo("SUCCEEDED");
        assertThat(published(paymentId, "payment.v1.PaymentAuthorized")).isEqualTo(
                new PaymentIntegrationEvent.PaymentAuthorized(paymentId, request.orderId(), AMOUNT));
        send(new PaymentCommand.CapturePayment(paymentId));
        assertThat(published(paymentId, "payment.v1.PaymentCaptured")).isEqualTo(
                new PaymentIntegrationEvent.PaymentCaptured(paymentId, request.orderId(), AMOUNT));
        assertThat(acquirer.calls(paymentId, AUTHORIZE)).isEqualTo(1);
        assertThat(acquirer.calls(paymentId, CAPTURE)).isEqualTo(1);
    }
}
