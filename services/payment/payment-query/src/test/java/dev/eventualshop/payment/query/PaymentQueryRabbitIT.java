package dev.eventualshop.payment.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.messaging.testing.RealRabbit;
import dev.eventualshop.payment.internal.PaymentEvent;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The smoke test on this machine's real RabbitMQ, in a virtual host of its own (MongoDB stays the embedded
 * stand-in: there is no real one here). Skipped where RabbitMQ is not reachable, failed there when real
 * infrastructure is required.
 */
class PaymentQueryRabbitIT extends PaymentQueryContract {

    @BeforeAll
    static void requireRabbit() {
        RealRabbit.requireReachable();
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        RealRabbit.register(registry, PaymentQueryApplication.NAME);
        registry.add("spring.mongodb.uri", () -> EmbeddedInfrastructure.shared().mongo().connectionString() + "/"
                + PaymentQueryApplication.NAME + "-rabbit");
        TOKENS.register(registry);
    }

    @Test
    void a_payment_relayed_through_rabbitmq_and_authorized_is_listed_for_an_admin_only() {
        PaymentEvent.PaymentRequested requested = requested(UUID.randomUUID());
        publish(requested.paymentId(), 2, new PaymentEvent.PaymentAuthorized(requested.paymentId(),
                requested.orderId(), AMOUNT, "auth-1"));
        awaitVersion(requested.paymentId(), 2);

        HttpResponse<String> listed = get("/api/v1/admin/payments?orderId=" + requested.orderId(),
                admin(UUID.randomUUID()));

        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode payments = JSON.readTree(listed.body());
        assertThat(payments).singleElement().satisfies(payment -> {
            assertThat(payment.path("status").asString()).isEqualTo("AUTHORIZED");
            assertThat(payment.path("amount").path("amount").asString()).isEqualTo("25.00");
        });
        assertThat(get("/api/v1/admin/payments", customer(UUID.randomUUID())).statusCode()).isEqualTo(403);
    }
}
