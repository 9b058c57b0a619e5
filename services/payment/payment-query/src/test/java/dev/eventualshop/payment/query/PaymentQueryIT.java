package dev.eventualshop.payment.query;

import static dev.eventualshop.web.testing.TestHttp.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.payment.internal.PaymentEvent;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * payment-query on the embedded broker and MongoDB stand-in: payments follow Payment's domain events (in order or
 * not, once or twice), and an ADMIN lists them by order and by status; nobody else reads them.
 */
class PaymentQueryIT extends PaymentQueryContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().serviceProperties(PaymentQueryApplication.NAME)
                .forEach((name, value) -> registry.add(name, () -> value));
        TOKENS.register(registry);
    }

    static List<String> paymentIds(JsonNode payments) {
        return payments.values().stream().map(payment -> payment.path("paymentId").asString()).toList();
    }

    @Test
    void an_admin_reads_a_payment_captured_and_refunded_whatever_the_delivery_order_without_its_token() {
        UUID ada = UUID.randomUUID();
        PaymentEvent.PaymentRequested requested = requested(ada);
        UUID payment = requested.paymentId();
        UUID order = requested.orderId();

        publish(payment, 3, new PaymentEvent.CaptureRequested(payment, order, AMOUNT));
        publish(payment, 2, new PaymentEvent.PaymentAuthorized(payment, order, AMOUNT, "auth-1"));
        publish(payment, 2, new PaymentEvent.PaymentAuthorized(payment, order, AMOUNT, "auth-1"));
        publish(payment, 5, new PaymentEvent.RefundRequested(payment, order, AMOUNT));
        publish(payment, 4, new PaymentEvent.PaymentCaptured(payment, order, AMOUNT));
        publish(payment, 6, new PaymentEvent.PaymentRefunded(payment, order, AMOUNT));
        awaitVersion(payment, 6);

        HttpResponse<String> listed = get("/api/v1/admin/payments?orderId=" + order, admin(UUID.randomUUID()));

        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).as("the payment token stays in the write model").doesNotContain("tok_visa");
        JsonNode body = JSON.readTree(listed.body());
        assertThat(body).singleElement().satisfies(found -> {
            assertThat(found.path("paymentId").asString()).isEqualTo(payment.toString());
            assertThat(found.path("orderId").asString()).isEqualTo(order.toString());
            assertThat(found.path("customerId").asString()).isEqualTo(ada.toString());
            assertThat(found.path("amount").path("amount").asString()).isEqualTo("25.00");
            assertThat(found.path("status").asString()).isEqualTo("REFUNDED");
            assertThat(found.path("captured").path("amount").asString()).isEqualTo("25.00");
            assertThat(found.path("refunded").path("currency").asString()).isEqualTo("EUR");
            assertThat(found.path("captureRequested").asBoolean()).isTrue();
            assertThat(found.path("acquirerReference").asString()).isEqualTo("auth-1");
            assertThat(found.path("history").values()).extracting(JsonNode::asString)
                    .containsExactly("PENDING", "AUTHORIZED", "CAPTURED", "REFUNDED");
        });
    }

    @Test
    void an_admin_lists_payments_by_status_and_by_order_and_status() {
        UUID admin = UUID.randomUUID();
        PaymentEvent.PaymentRequested pending = requested(UUID.randomUUID());
        PaymentEvent.PaymentRequested declined = requested(UUID.randomUUID());
        publish(declined.paymentId(), 2,
                new PaymentEvent.PaymentDeclined(declined.paymentId(), declined.orderId(), "card_declined"));
        awaitVersion(declined.paymentId(), 2);

        JsonNode declinedOnes = JSON.readTree(get("/api/v1/admin/payments?status=DECLINED", admin(admin)).body());
        assertThat(paymentIds(declinedOnes)).contains(declined.paymentId().toString())
                .doesNotContain(pending.paymentId().toString());
        declinedOnes.forEach(found -> assertThat(found.path("status").asString()).isEqualTo("DECLINED"));
        assertThat(paymentIds(JSON.readTree(get("/api/v1/admin/payments?status=PENDING", admin(admin)).body())))
                .contains(pending.paymentId().toString()).doesNotContain(declined.paymentId().toString());
        JsonNode both = JSON.readTree(get("/api/v1/admin/payments?orderId=" + declined.orderId()
                + "&status=DECLINED", admin(admin)).body());
        assertThat(both).singleElement().satisfies(found ->
                assertThat(found.path("declineReason").asString()).isEqualTo("card_declined"));
        assertThat(get("/api/v1/admin/payments?orderId=" + declined.orderId() + "&status=PENDING", admin(admin))
                .body()).isEqualTo("[]");
        assertThat(paymentIds(JSON.readTree(get("/api/v1/admin/payments", admin(admin)).body())))
                .contains(pending.paymentId().toString(), declined.paymentId().toString());
    }

    @Test
    void a_customer_may_not_read_payments_even_their_own() {
        UUID ada = UUID.randomUUID();
        PaymentEvent.PaymentRequested requested = requested(ada);

        assertProblem(get("/api/v1/admin/payments?orderId=" + requested.orderId(), customer(ada)), 403);
        assertProblem(get("/api/v1/admin/payments", customer(ada)), 403);
    }

    @Test
    void a_malformed_order_id_and_an_unknown_status_are_400() {
        UUID admin = UUID.randomUUID();
        for (String malformed : new String[] {"not-a-uuid", UUID.randomUUID().toString().toUpperCase(), "1-1-1-1-1",
                "%24ne", ""}) {
            JsonNode problem = assertProblem(get("/api/v1/admin/payments?orderId=" + malformed, admin(admin)), 400);
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("orderId");
        }
        for (String status : new String[] {"captured", "TIMED_OUT", "LOST", ""}) {
            JsonNode problem = assertProblem(get("/api/v1/admin/payments?status=" + status, admin(admin)), 400);
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("status");
        }
    }

    @Test
    void without_a_valid_token_it_is_401_and_without_a_role_403_as_problem_details() {
        UUID ada = UUID.randomUUID();
        assertProblem(get("/api/v1/admin/payments", null), 401);
        for (String token : TOKENS.refused(ada.toString())) {
            assertProblem(get("/api/v1/admin/payments", token), 401);
        }
        assertProblem(get("/api/v1/admin/payments", TOKENS.valid(ada.toString())), 403);
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(mongo.getDb().getName()).isEqualTo(PaymentQueryApplication.NAME);
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
    }
}
