package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.embedded.BrokerAddress;
import dev.eventualshop.embedded.BrokerSettings;
import dev.eventualshop.messaging.testing.FaultProxy;
import dev.eventualshop.order.command.domain.SagaIds;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The checkout saga under faults and load, on a launcher of its own whose services reach the broker through a
 * {@link FaultProxy}: its reservations last 20 s and its payments may take 40 s, so an unpaid order ends as
 * RESERVATION_EXPIRED. After the broker link is cut during 50 concurrent checkouts, and after 200 mixed concurrent
 * checkouts, every order ends CONFIRMED or CANCELLED and the invariants of RELIABILITY.md hold (I1-I6).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SagaFaultsIT {

    static final Duration SETTLE = Duration.ofSeconds(120);

    static FaultProxy brokerLink;
    static Launcher shop;
    static Checkouts checkouts;
    static ShopInvariants stores;

    @BeforeAll
    static void start() throws Exception {
        // The services run in this JVM, and a cut broker link makes their AMQP threads throw: Awaitility would fail
        // the test's next wait with any thread's uncaught exception. The test judges the shop by its outcomes.
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
        LauncherSettings settings = LauncherSettings.ephemeral(Files.createTempDirectory("eventualshop-saga-faults"));
        BrokerSettings broker = settings.infrastructure().broker();
        brokerLink = FaultProxy.to("127.0.0.1", broker.port());
        shop = Launcher.start(settings
                .withBroker(new BrokerAddress("127.0.0.1", brokerLink.port(), broker.username(), broker.password(),
                        broker.virtualHost()))
                .withServiceProperty("order-command", "eventualshop.order.reservation-ttl", "20s")
                .withServiceProperty("order-command", "eventualshop.order.payment-timeout", "40s"));
        checkouts = new Checkouts(shop);
        stores = new ShopInvariants(shop);
    }

    @AfterAll
    static void stop() {
        Awaitility.reset();
        if (shop != null) {
            shop.close();
        }
        if (brokerLink != null) {
            brokerLink.close();
        }
    }

    @Test
    @Order(1)
    void an_order_left_unpaid_expires_with_its_reservation_and_the_stock_comes_back() {
        AccountJourneyIT.Newcomer shopper = AccountJourneyIT.Newcomer.registered(shop, checkouts.api, "Unpaid");
        String product = checkouts.product("5.00", 3);

        String order = checkouts.order(shopper.token(), Map.of(product, 2), "tok_timeout");

        checkouts.stockBecomes(product, 3, 2);
        JsonNode expired = checkouts.orderIs(order, shopper.token(), "CANCELLED");
        assertThat(expired.path("cancellationReason").asString()).isEqualTo("RESERVATION_EXPIRED");
        checkouts.stockBecomes(product, 3, 0);
    }

    @Test
    @Order(2)
    void fifty_checkouts_through_a_broker_outage_all_end_and_stay_consistent() throws Exception {
        String plenty = checkouts.product("3.00", 1_000);
        Load load = new Load(10, 5, n -> n % 5 == 4 ? new Line(plenty, 1, "tok_chargeDeclined")
                : new Line(plenty, 1 + n % 3, "tok_visa"));

        load.start();
        await().atMost(SETTLE).until(() -> load.placed() >= 15);
        brokerLink.cut();
        Thread.sleep(4_000);
        brokerLink.restore();
        List<Placed> orders = load.finish();

        assertThat(orders).hasSize(50);
        settleAndCheck(orders, Map.of(plenty, 1_000L));
    }

    @Test
    @Order(3)
    void two_hundred_mixed_checkouts_keep_every_invariant() throws Exception {
        String plenty = checkouts.product("2.50", 2_000);
        String scarce = checkouts.product("40.00", 12);
        Load load = new Load(20, 10, n -> switch (n % 10) {
            case 0, 1, 2, 3, 4 -> new Line(plenty, 1 + n % 4, "tok_visa");
            case 5 -> new Line(scarce, 2, "tok_visa");
            case 6, 7 -> new Line(plenty, 1, "tok_chargeDeclined");
            case 8 -> new Line(scarce, 1, "tok_visa");
            default -> new Line(plenty, 2, "tok_timeout");
        });

        load.start();
        List<Placed> orders = load.finish();

        assertThat(orders).hasSize(200);
        settleAndCheck(orders, Map.of(plenty, 2_000L, scarce, 12L));
    }

    /** Waits until every order ended, then checks I1-I6 on what the shop shows and stores. */
    private static void settleAndCheck(List<Placed> orders, Map<String, Long> initialStock) {
        Map<String, Long> sold = new HashMap<>();
        for (Placed placed : orders) {
            JsonNode order = checkouts.orderBecomes(placed.orderId(), placed.token(), SagaFaultsIT::ended);
            assertThat(order.path("lines")).hasSize(1);
            // I6: the total is the sum of the lines, at the line's price.
            JsonNode line = order.path("lines").get(0);
            assertThat(new BigDecimal(order.path("total").path("amount").asString())).isEqualByComparingTo(
                    new BigDecimal(line.path("unitPrice").path("amount").asString())
                            .multiply(BigDecimal.valueOf(line.path("quantity").asLong())));
            if (order.path("status").asString().equals("CONFIRMED")) {
                sold.merge(placed.line().productId(), (long) placed.line().quantity(), Long::sum);
                assertThat(placed.line().token()).isEqualTo("tok_visa");
            }
            checkMoney(placed, order);
        }
        // I6: stock never negative, nothing reserved once every order ended, the units sold left the warehouse.
        initialStock.forEach((product, units) -> checkouts.stockBecomes(product, units - sold.getOrDefault(product, 0L),
                0));
        for (String service : ShopInvariants.COMMAND_SERVICES) {
            assertThat(stores.streamsWithGaps(service)).as("I2 in %s", service).isEmpty();
            await().atMost(SETTLE).untilAsserted(() -> assertThat(stores.unsent(service)).as("I3 in %s", service)
                    .isZero());
            assertThat(stores.eventsOfCommandsThatDidNotSucceed(service)).as("I5 in %s", service).isZero();
        }
    }

    /** I6 for the money: a confirmed order's total captured once; a cancelled order keeps none of it. */
    private static void checkMoney(Placed placed, JsonNode order) {
        String payment = SagaIds.paymentId(UUID.fromString(placed.orderId())).toString();
        List<String> events = stores.eventTypes("payment-command", "payment.Payment", payment);
        long captured = events.stream().filter("payment.PaymentCaptured"::equals).count();
        long refunded = events.stream().filter("payment.PaymentRefunded"::equals).count();
        if (order.path("status").asString().equals("CONFIRMED")) {
            assertThat(captured).as("captured once: %s", events).isEqualTo(1);
            assertThat(stores.payloads("payment-command", "payment.Payment", payment, "payment.PaymentCaptured")
                    .getFirst()).contains(order.path("total").path("amount").asString());
        } else {
            assertThat(captured).as("a cancelled order keeps no money: %s", events).isEqualTo(refunded);
            assertThat(!events.contains("payment.PaymentAuthorized") || events.contains("payment.PaymentVoided")
                    || events.contains("payment.PaymentRefunded")).as("nothing authorized is left held: %s", events)
                    .isTrue();
        }
    }

    /** An order ended: confirmed with its money captured, or cancelled with nothing left to undo on the payment. */
    static boolean ended(JsonNode order) {
        String payment = order.path("payment").path("status").asString();
        return switch (order.path("status").asString()) {
            case "CONFIRMED" -> payment.equals("CAPTURED");
            case "CANCELLED" -> order.path("cancellationReason").asString().equals("OUT_OF_STOCK")
                    || List.of("DECLINED", "VOIDED", "REFUNDED").contains(payment);
            default -> false;
        };
    }

    record Line(String productId, int quantity, String token) {
    }

    record Placed(String orderId, String token, Line line) {
    }

    /**
     * {@code customers} newcomers each checking out {@code perCustomer} carts one after the other, all customers at
     * once; checkout {@code n} buys {@code lines.line(n)}. Every command is sent until accepted (I1: each ends).
     */
    static final class Load {
        private final int customers;
        private final int perCustomer;
        private final IntFunction<Line> lines;
        private final List<Placed> placed = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger next = new AtomicInteger();
        private final ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        private final List<Future<?>> running = new ArrayList<>();

        Load(int customers, int perCustomer, IntFunction<Line> lines) {
            this.customers = customers;
            this.perCustomer = perCustomer;
            this.lines = lines;
        }

        void start() {
            for (int c = 0; c < customers; c++) {
                running.add(pool.submit(() -> {
                    String token = AccountJourneyIT.Newcomer.registered(shop, checkouts.api, "Load").token();
                    for (int i = 0; i < perCustomer; i++) {
                        Line line = lines.apply(next.getAndIncrement());
                        String order = checkouts.order(token, Map.of(line.productId(), line.quantity()),
                                line.token());
                        placed.add(new Placed(order, token, line));
                    }
                    return null;
                }));
            }
        }

        int placed() {
            return placed.size();
        }

        List<Placed> finish() throws Exception {
            for (Future<?> customer : running) {
                customer.get();
            }
            pool.shutdown();
            return List.copyOf(placed);
        }
    }
}
