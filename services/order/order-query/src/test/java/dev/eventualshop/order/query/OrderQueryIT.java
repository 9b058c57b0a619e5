package dev.eventualshop.order.query;

import static dev.eventualshop.web.testing.TestHttp.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.TestQueue;
import dev.eventualshop.order.internal.OrderEvent;
import dev.eventualshop.order.query.domain.OrderView;
import dev.eventualshop.order.query.domain.OrdersProjection;
import dev.eventualshop.projection.ProjectionUpdate;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * order-query on the embedded broker and MongoDB stand-in: orders follow every one of Order's domain events (in
 * order or not, once or twice) and each change is announced to the order's customer; a customer lists and reads
 * their own orders only, an ADMIN reads any order and lists orders by status.
 */
class OrderQueryIT extends OrderQueryContract {

    static final String CUSTOMER_ID = "7a1e5b0c-2d3f-4e5a-9b8c-1d2e3f4a5b6c";
    static final Money TOTAL = Money.of("1.00", "EUR");

    static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().serviceProperties(OrderQueryApplication.NAME)
                .forEach((name, value) -> registry.add(name, () -> value));
        TOKENS.register(registry);
    }

    /** The order's timeline as {@code STATUS@at}. */
    static List<String> timeline(JsonNode order) {
        return order.path("timeline").values().stream()
                .map(step -> step.path("status").asString() + "@" + Instant.parse(step.path("at").asString()))
                .toList();
    }

    /**
     * A new order of {@code customer} placed at {@code placedAt}, taken by the saga's events to {@code status} (the
     * shortest way there), each awaited.
     */
    UUID orderIn(OrderView.Status status, UUID customer, Instant placedAt) {
        UUID order = placed(customer, placedAt, 1);
        UUID payment = UUID.randomUUID();
        Instant at = placedAt.plusSeconds(1);
        List<OrderEvent> events = switch (status) {
            case PLACED -> List.of();
            case CANCELLED -> List.of(new OrderEvent.OrderCancelled(order, CUSTOMER_ID, "OUT_OF_STOCK", false, false,
                    false, at));
            case AWAITING_PAYMENT, CONFIRMED, SHIPPED -> {
                List<OrderEvent> steps = new ArrayList<>(List.of(new OrderEvent.PaymentRequested(order,
                        UUID.randomUUID(), payment, Money.of("12.50", "EUR"), at.plusSeconds(900),
                        at.plusSeconds(600), at)));
                if (status != OrderView.Status.AWAITING_PAYMENT) {
                    steps.add(new OrderEvent.OrderConfirmed(order, CUSTOMER_ID, payment, TOTAL, at.plusSeconds(1)));
                }
                if (status == OrderView.Status.SHIPPED) {
                    steps.add(new OrderEvent.OrderShipped(order, CUSTOMER_ID, at.plusSeconds(2)));
                }
                yield steps;
            }
        };
        for (int i = 0; i < events.size(); i++) {
            publish(order, i + 2, events.get(i));
        }
        awaitVersion(order, events.size() + 1);
        return order;
    }

    static List<String> orderIds(JsonNode orders) {
        return StreamSupport.stream(orders.spliterator(), false).map(order -> order.path("orderId").asString())
                .toList();
    }

    @Test
    void a_customer_lists_their_orders_newest_first_and_reads_each_one_whole() {
        UUID ada = UUID.randomUUID();
        UUID middle = placed(ada, NOON, 2);
        UUID newest = placed(ada, NOON.plusSeconds(3600), 1);
        UUID oldest = placed(ada, NOON.minusMillis(1500), 3);

        HttpResponse<String> listed = get("/api/v1/orders", customer(ada));

        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        JsonNode orders = JSON.readTree(listed.body());
        assertThat(orderIds(orders)).containsExactly(newest.toString(), middle.toString(), oldest.toString());
        JsonNode first = orders.get(0);
        assertThat(first.propertyNames()).containsExactlyInAnyOrder("orderId", "status", "total", "placedAt");
        assertThat(first.path("status").asString()).isEqualTo("PLACED");
        assertThat(first.path("total").path("amount").asString()).isEqualTo("12.50");
        assertThat(first.path("total").path("currency").asString()).isEqualTo("EUR");
        assertThat(Instant.parse(first.path("placedAt").asString())).isEqualTo(NOON.plusSeconds(3600));

        HttpResponse<String> read = get("/api/v1/orders/" + middle, customer(ada));

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
        JsonNode order = JSON.readTree(read.body());
        assertThat(order.propertyNames()).containsExactlyInAnyOrder("orderId", "status", "cancellationReason",
                "lines", "total", "payment", "timeline", "shippingAddress", "placedAt", "reorderedInto");
        assertThat(order.path("orderId").asString()).isEqualTo(middle.toString());
        assertThat(order.path("status").asString()).isEqualTo("PLACED");
        assertThat(order.path("cancellationReason").isNull()).isTrue();
        assertThat(order.path("lines")).singleElement().satisfies(line -> {
            assertThat(line.path("sku").asString()).isEqualTo("MUG-1");
            assertThat(line.path("quantity").asInt()).isEqualTo(2);
            assertThat(line.path("unitPrice").path("amount").asString()).isEqualTo("12.50");
            assertThat(line.path("lineTotal").path("amount").asString()).isEqualTo("25.00");
        });
        assertThat(order.path("total").path("amount").asString()).isEqualTo("25.00");
        assertThat(order.path("payment").path("status").asString()).isEqualTo("PENDING");
        assertThat(order.path("timeline")).singleElement().satisfies(step -> {
            assertThat(step.path("status").asString()).isEqualTo("PLACED");
            assertThat(Instant.parse(step.path("at").asString())).isEqualTo(NOON);
        });
        assertThat(order.path("shippingAddress").path("city").asString()).isEqualTo("Springfield");
        assertThat(order.path("reorderedInto").isArray()).isTrue();
        assertThat(order.path("reorderedInto")).isEmpty();
        assertThat(read.body()).as("the payment token stays inside").doesNotContain("tok_visa");
        assertThat(get("/api/v1/orders/" + middle, Map.of("Authorization", "Bearer " + customer(ada),
                "If-None-Match", "\"1\""))
                .statusCode()).isEqualTo(304);
    }

    @Test
    void another_user_sees_none_of_them_whatever_the_parameters_say() {
        UUID ada = UUID.randomUUID();
        UUID mallory = UUID.randomUUID();
        UUID order = placed(ada, NOON, 1);

        for (String path : new String[] {"/api/v1/orders", "/api/v1/orders?customerId=" + ada,
                "/api/v1/orders?userId=" + ada}) {
            HttpResponse<String> listed = get(path, customer(mallory));
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.body()).as(path).isEqualTo("[]");
        }
        JsonNode other = assertProblem(get("/api/v1/orders/" + order, customer(mallory)), 404);
        JsonNode unknown = assertProblem(get("/api/v1/orders/" + UUID.randomUUID(), customer(mallory)), 404);
        for (String field : new String[] {"type", "title", "status", "detail"}) {
            assertThat(other.path(field)).as(field).isEqualTo(unknown.path(field));
        }
        assertProblem(get("/api/v1/orders/" + order + "?customerId=" + ada, customer(mallory)), 404);
        assertThat(orderIds(JSON.readTree(get("/api/v1/orders?customerId=" + mallory, customer(ada)).body())))
                .containsExactly(order.toString());
    }

    @Test
    void an_admin_reads_anyones_order_and_lists_orders_by_status_oldest_first() {
        UUID ada = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        UUID later = placed(ada, Instant.parse("2020-01-02T00:00:00Z"), 1);
        UUID earlier = placed(bob, Instant.parse("2020-01-01T00:00:00.5Z"), 1);
        UUID admin = UUID.randomUUID();

        HttpResponse<String> read = get("/api/v1/orders/" + later, admin(admin));
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(JSON.readTree(read.body()).path("orderId").asString()).isEqualTo(later.toString());

        HttpResponse<String> placed = get("/api/v1/admin/orders?status=PLACED", admin(admin));
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        assertThat(orderIds(JSON.readTree(placed.body()))).containsSubsequence(earlier.toString(), later.toString());
        assertThat(orderIds(JSON.readTree(get("/api/v1/admin/orders?status=SHIPPED", admin(admin)).body())))
                .doesNotContain(earlier.toString(), later.toString());
        assertThat(get("/api/v1/orders", admin(admin)).body()).as("an admin's own orders: none").isEqualTo("[]");
        assertProblem(get("/api/v1/admin/orders?status=PLACED", customer(ada)), 403);
    }

    @Test
    void an_order_follows_its_saga_to_shipped_whatever_the_delivery_order_and_its_customer_reads_each_step() {
        UUID ada = UUID.randomUUID();
        UUID order = placed(ada, NOON, 2);
        UUID payment = UUID.randomUUID();
        OrderEvent.PaymentRequested requested = new OrderEvent.PaymentRequested(order, UUID.randomUUID(), payment,
                Money.of("25.00", "EUR"), NOON.plusSeconds(900), NOON.plusSeconds(600), NOON.plusSeconds(1));

        publish(order, 3, new OrderEvent.PaymentStatusChanged(order, payment, "AUTHORIZED", NOON.plusSeconds(2)));
        publish(order, 2, requested);
        publish(order, 4, new OrderEvent.OrderConfirmed(order, CUSTOMER_ID, payment, TOTAL, NOON.plusSeconds(3)));
        publish(order, 2, requested);
        publish(order, 5, new OrderEvent.PaymentStatusChanged(order, payment, "CAPTURED", NOON.plusSeconds(4)));
        publish(order, 6, new OrderEvent.OrderShipped(order, CUSTOMER_ID, NOON.plusSeconds(86_400)));
        awaitVersion(order, 6);

        HttpResponse<String> read = get("/api/v1/orders/" + order, customer(ada));
        assertThat(read.headers().firstValue("ETag")).hasValue("\"6\"");
        JsonNode body = JSON.readTree(read.body());
        assertThat(body.path("status").asString()).isEqualTo("SHIPPED");
        assertThat(body.path("payment").path("status").asString()).isEqualTo("CAPTURED");
        assertThat(body.path("cancellationReason").isNull()).isTrue();
        assertThat(timeline(body)).containsExactly("PLACED@" + NOON, "AWAITING_PAYMENT@" + NOON.plusSeconds(1),
                "CONFIRMED@" + NOON.plusSeconds(3), "SHIPPED@" + NOON.plusSeconds(86_400));
        assertThat(JSON.readTree(get("/api/v1/orders", customer(ada)).body()).get(0).path("status").asString())
                .isEqualTo("SHIPPED");
    }

    @Test
    void a_cancelled_order_says_why_and_names_the_cart_it_was_reordered_into() {
        UUID ada = UUID.randomUUID();
        UUID order = placed(ada, NOON, 1);
        UUID cart = UUID.randomUUID();

        publish(order, 2, new OrderEvent.OrderCancelled(order, CUSTOMER_ID, "OUT_OF_STOCK", false, false, false,
                NOON.plusSeconds(1)));
        publish(order, 3, new OrderEvent.OrderReordered(order, cart, NOON.plusSeconds(60)));
        awaitVersion(order, 3);

        JsonNode body = JSON.readTree(get("/api/v1/orders/" + order, customer(ada)).body());
        assertThat(body.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(body.path("cancellationReason").asString()).isEqualTo("OUT_OF_STOCK");
        assertThat(body.path("payment").path("status").asString()).isEqualTo("PENDING");
        assertThat(timeline(body)).containsExactly("PLACED@" + NOON, "CANCELLED@" + NOON.plusSeconds(1));
        assertThat(body.path("reorderedInto").values()).extracting(JsonNode::asString)
                .containsExactly(cart.toString());
    }

    @Test
    void an_admin_lists_the_orders_of_every_status_oldest_first() {
        UUID ada = UUID.randomUUID();
        Instant start = Instant.parse("2019-06-01T00:00:00Z");
        Map<OrderView.Status, List<UUID>> byStatus = new EnumMap<>(OrderView.Status.class);
        for (OrderView.Status status : OrderView.Status.values()) {
            UUID newer = orderIn(status, ada, start.plusSeconds(10L * status.ordinal() + 5));
            UUID older = orderIn(status, ada, start.plusSeconds(10L * status.ordinal()));
            byStatus.put(status, List.of(older, newer));
        }

        for (OrderView.Status status : OrderView.Status.values()) {
            HttpResponse<String> listed = get("/api/v1/admin/orders?status=" + status, admin(UUID.randomUUID()));
            assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
            List<String> ids = orderIds(JSON.readTree(listed.body()));
            List<String> expected = byStatus.get(status).stream().map(UUID::toString).toList();
            assertThat(ids).as(status.name()).containsSubsequence(expected);
            byStatus.forEach((other, orders) -> {
                if (other != status) {
                    assertThat(ids).as("%s lists no %s order", status, other)
                            .doesNotContainAnyElementsOf(orders.stream().map(UUID::toString).toList());
                }
            });
            JSON.readTree(listed.body()).forEach(summary ->
                    assertThat(summary.path("status").asString()).isEqualTo(status.name()));
        }
    }

    @Test
    void each_change_of_an_order_is_announced_on_projections_updates_to_its_customer_alone() {
        try (TestQueue queue = TestQueue.on(connectionFactory, Topology.PROJECTION_UPDATES)) {
            UUID ada = UUID.randomUUID();
            UUID order = placed(ada, NOON, 1);
            publish(order, 2, new OrderEvent.OrderCancelled(order, CUSTOMER_ID, "CUSTOMER_CANCELLED", false, false,
                    false, NOON.plusSeconds(5)));

            List<JsonNode> updates = new ArrayList<>();
            await().atMost(WAIT).until(() -> {
                for (Message message : queue.drain()) {
                    assertThat(message.getMessageProperties().getType()).isEqualTo(ProjectionUpdate.TYPE);
                    JsonNode update = JSON.readTree(message.getBody());
                    if (order.toString().equals(update.path("id").asString())) {
                        updates.add(update);
                    }
                }
                return updates.stream().anyMatch(update -> update.path("version").asLong() == 2);
            });
            assertThat(updates).extracting(update -> update.path("version").asLong()).contains(1L, 2L);
            assertThat(updates).allSatisfy(update -> {
                assertThat(update.path("view").asString()).isEqualTo(OrdersProjection.VIEW);
                assertThat(update.path("owners").values()).extracting(JsonNode::asString)
                        .containsExactly(ada.toString());
            });
        }
    }

    @Test
    void a_malformed_order_id_and_an_unknown_status_are_400() {
        UUID ada = UUID.randomUUID();
        UUID order = placed(ada, NOON, 1);
        for (String malformed : new String[] {"not-a-uuid", order.toString().toUpperCase(), "1-1-1-1-1", "%24ne"}) {
            JsonNode problem = assertProblem(get("/api/v1/orders/" + malformed, customer(ada)), 400);
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("orderId");
        }
        for (String query : new String[] {"?status=placed", "?status=LOST", "?status=", ""}) {
            JsonNode problem = assertProblem(get("/api/v1/admin/orders" + query, admin(ada)), 400);
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("status");
        }
    }

    @Test
    void without_a_valid_token_it_is_401_and_without_a_role_403_as_problem_details() {
        UUID ada = UUID.randomUUID();
        for (String path : new String[] {"/api/v1/orders", "/api/v1/orders/" + UUID.randomUUID(),
                "/api/v1/admin/orders?status=PLACED"}) {
            assertProblem(get(path, (String) null), 401);
            for (String token : TOKENS.refused(ada.toString())) {
                assertProblem(get(path, token), 401);
            }
            assertProblem(get(path, TOKENS.valid(ada.toString())), 403);
        }
        assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(mongo.getDb().getName()).isEqualTo(OrderQueryApplication.NAME);
        assertThat(get("/actuator/health", (String) null).statusCode()).isEqualTo(200);
    }
}
