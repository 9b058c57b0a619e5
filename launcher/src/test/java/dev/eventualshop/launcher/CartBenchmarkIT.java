package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.embedded.BrokerAddress;
import dev.eventualshop.messaging.testing.RealRabbit;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 6's measurements on a running launcher, run on demand only:
 * {@code mvn -B -o verify -pl launcher -Dit.test=CartBenchmarkIT -Dbenchmark=cart} (figures printed and written to
 * {@code launcher/target/benchmarks/cart.md}; docs/benchmarks.md records them with the machine and date).
 * <ol>
 *   <li>Read-model lag: {@link #LAG_RATE} cart commands a second for {@value #LAG_SECONDS} s (quantity changes on the
 *   line of {@link #LAG_CARTS} customers' carts in turn), each from the moment its 202 came back to the moment the owner's SSE stream announced the
 *   cart view at the version the command produced (the command's outcome on the same stream names that version).</li>
 *   <li>Acknowledgement throughput: {@value #CLIENTS} clients sending cart commands as fast as the gateway
 *   acknowledges them (202 after the broker's confirm) for {@value #THROUGHPUT_SECONDS} s.</li>
 * </ol>
 * It starts a launcher of its own, on the embedded broker or, with {@code -Dbenchmark.broker=rabbitmq}, on the real
 * RabbitMQ at 127.0.0.1:5672. Nothing here is a pass/fail timing: the assertions only check that commands were
 * measured.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "cart")
class CartBenchmarkIT {

    /** Commands a second in the lag phase: issue 6's 100, or {@code -Dbenchmark.lagRate=20} for a rate this machine sustains. */
    static final int LAG_RATE = Integer.getInteger("benchmark.lagRate", 100);
    static final int LAG_SECONDS = 60;
    /**
     * The carts the lag phase's commands go to, one per customer, in turn: one cart alone measures how fast one
     * stream takes commands (each waits for the one before), not the pipeline. {@code -Dbenchmark.carts=1} for that.
     */
    static final int LAG_CARTS = Integer.getInteger("benchmark.carts", 20);
    static final int CLIENTS = 32;
    static final int THROUGHPUT_SECONDS = 20;

    /** {@code -Dbenchmark.broker=rabbitmq}: the services on the real RabbitMQ (a vhost of its own) instead of Qpid. */
    static final boolean REAL_BROKER = "rabbitmq".equals(System.getProperty("benchmark.broker"));

    @Test
    void read_model_lag_and_acknowledgement_throughput() throws Exception {
        LauncherSettings settings = LauncherSettings.ephemeral(Files.createTempDirectory("eventualshop-benchmark"));
        if (REAL_BROKER) {
            settings = settings.withBroker(new BrokerAddress(RealRabbit.HOST, RealRabbit.PORT, "guest", "guest",
                    RealRabbit.createVirtualHost("cart-benchmark")));
        }
        try (Launcher shop = Launcher.start(settings)) {
            measure(shop);
        }
    }

    private static void measure(Launcher shop) throws Exception {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        String product = ShoppingJourneyIT.productId(api, "MUG-STONE-350");
        List<Shopper> shoppers = new ArrayList<>();
        StringBuilder report = new StringBuilder("# Cart benchmark, " + Instant.now() + ", broker: "
                + (REAL_BROKER ? "RabbitMQ " + RealRabbit.HOST + ":" + RealRabbit.PORT : "embedded Qpid Broker-J") + "\n\n");
        try {
            for (int s = 0; s < LAG_CARTS; s++) {
                shoppers.add(Shopper.open(shop, api, product));
            }
            report.append(lag(api, shoppers, product));
        } finally {
            shoppers.forEach(shopper -> shopper.stream().close());
        }
        Shopper first = shoppers.getFirst();
        report.append(throughput(api, first.token(), first.userId()));
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "cart.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** A registered customer with a cart holding one line, and their event stream. */
    private record Shopper(String token, String userId, String cartId, OwnerEvents stream) {

        static Shopper open(Launcher shop, ShopClient api, String product) throws Exception {
            String token = AccountJourneyIT.Newcomer.registered(shop, api, "Bench").token();
            String userId = ShopClient.json(api.get("/api/v1/me", token).body()).path("userId").asString();
            HttpResponse<String> created = api.send("POST", "/api/v1/carts", token, "{}");
            api.outcome(created, token);
            String cartId = ShopClient.json(created.body()).path("resourceId").asString();
            api.outcome(api.send("POST", "/api/v1/carts/" + cartId + "/items", token,
                    "{\"productId\": \"" + product + "\", \"quantity\": 1}"), token);
            return new Shopper(token, userId, cartId, OwnerEvents.open(shop.settings().shopUrl(), token));
        }
    }

    private static String lag(ShopClient api, List<Shopper> shoppers, String product) throws Exception {
        Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
        Map<String, Shopper> acceptedFor = new ConcurrentHashMap<>();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor();
        long period = 1_000_000_000L / LAG_RATE;
        ticker.scheduleAtFixedRate(() -> {
            int i = sent.incrementAndGet();
            if (i > LAG_RATE * LAG_SECONDS) {
                return;
            }
            Shopper shopper = shoppers.get(i % shoppers.size());
            clients.execute(() -> {
                try {
                    HttpResponse<String> response = api.send("PUT", "/api/v1/carts/" + shopper.cartId() + "/items/"
                            + product, shopper.token(), "{\"quantity\": " + (i % 98 + 2) + "}");
                    long now = System.nanoTime();
                    if (response.statusCode() == 202) {
                        String commandId = ShopClient.json(response.body()).path("commandId").asString();
                        acceptedFor.put(commandId, shopper);
                        acceptedAt.put(commandId, now);
                    } else {
                        refused.incrementAndGet();
                    }
                } catch (RuntimeException timedOut) {
                    refused.incrementAndGet();
                }
            });
        }, 0, period, TimeUnit.NANOSECONDS);
        Thread.sleep(Duration.ofSeconds(LAG_SECONDS + 1).toMillis());
        ticker.shutdownNow();
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<Long> lags = new ArrayList<>();
        int unmeasured = 0;
        while (System.nanoTime() < deadline) {
            lags.clear();
            unmeasured = 0;
            for (Map.Entry<String, Long> accepted : acceptedAt.entrySet()) {
                Shopper shopper = acceptedFor.get(accepted.getKey());
                Long shown = shopper.stream().shownAt(shopper.cartId(), accepted.getKey());
                if (shown == null) {
                    unmeasured++;
                } else {
                    lags.add(Math.max(0, shown - accepted.getValue()));
                }
            }
            if (unmeasured == 0) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(acceptedAt).isNotEmpty();
        Collections.sort(lags);
        return "## Read-model lag at " + LAG_RATE + " commands/s over " + shoppers.size() + " carts (202 -> the owner's"
                + " SSE announces the cart view at the command's version)\n\n"
                + "| commands sent | accepted | refused or timed out | measured | not shown within 30 s | p50 | p95 | p99"
                + " | max |\n|---|---|---|---|---|---|---|---|---|\n"
                + "| " + Math.min(sent.get(), LAG_RATE * LAG_SECONDS) + " | " + acceptedAt.size() + " | " + refused.get()
                + " | " + lags.size()
                + " | " + unmeasured + " | " + ms(percentile(lags, 50)) + " | " + ms(percentile(lags, 95)) + " | "
                + ms(percentile(lags, 99)) + " | " + ms(lags.isEmpty() ? 0 : lags.getLast()) + " |\n\n";
    }

    private static String throughput(ShopClient api, String token, String userId) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        long started = System.nanoTime();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CLIENTS; c++) {
                clients.execute(() -> {
                    String cart = "/api/v1/carts/" + UUID.randomUUID();
                    while (running.get()) {
                        long sentAt = System.nanoTime();
                        try {
                            HttpResponse<String> response = api.send("PUT", cart + "/payment-method", token,
                                    "{\"token\": \"tok_visa\"}");
                            if (response.statusCode() == 202) {
                                latencies.add(System.nanoTime() - sentAt);
                            } else {
                                refused.incrementAndGet();
                            }
                        } catch (RuntimeException timedOut) {
                            refused.incrementAndGet();
                        }
                    }
                });
            }
            Thread.sleep(Duration.ofSeconds(THROUGHPUT_SECONDS).toMillis());
            running.set(false);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        assertThat(sorted).isNotEmpty();
        return "## Command acknowledgement (" + CLIENTS + " clients, " + THROUGHPUT_SECONDS + " s, PUT payment-method)\n\n"
                + "| acknowledged | refused | per second | p50 | p99 | max |\n|---|---|---|---|---|---|\n"
                + "| " + sorted.size() + " | " + refused.get() + " | " + Math.round(sorted.size() / seconds) + " | "
                + ms(percentile(sorted, 50)) + " | " + ms(percentile(sorted, 99)) + " | " + ms(sorted.getLast())
                + " |\n\nuser " + userId + "\n";
    }

    static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static String ms(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }
}
