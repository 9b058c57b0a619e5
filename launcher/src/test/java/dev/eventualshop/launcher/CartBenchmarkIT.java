package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6's measurements on a running launcher, run on demand only:
 * {@code mvn -B -o verify -pl launcher -Dit.test=CartBenchmarkIT -Dbenchmark=cart} (figures printed and written to
 * {@code launcher/target/benchmarks/cart.md}; docs/benchmarks.md records them with the machine and date).
 * <ol>
 *   <li>Read-model lag: {@link #LAG_RATE} cart commands a second for {@value #LAG_SECONDS} s (quantity changes on one
 *   line of one cart), each from the moment its 202 came back to the moment the owner's SSE stream announced the
 *   cart view at the version the command produced (the command's outcome on the same stream names that version).</li>
 *   <li>Acknowledgement throughput: {@value #CLIENTS} clients sending cart commands as fast as the gateway
 *   acknowledges them (202 after the broker's confirm) for {@value #THROUGHPUT_SECONDS} s.</li>
 * </ol>
 * Nothing here is a pass/fail timing: the assertions only check that every command was measured.
 */
@ExtendWith(RunningShop.class)
@EnabledIfSystemProperty(named = "benchmark", matches = "cart")
class CartBenchmarkIT {

    /** Commands a second in the lag phase: issue 6's 100, or {@code -Dbenchmark.lagRate=20} for a rate this machine sustains. */
    static final int LAG_RATE = Integer.getInteger("benchmark.lagRate", 100);
    static final int LAG_SECONDS = 60;
    static final int CLIENTS = 32;
    static final int THROUGHPUT_SECONDS = 20;

    @Test
    void read_model_lag_and_acknowledgement_throughput(Launcher shop) throws Exception {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        String shopper = AccountJourneyIT.Newcomer.registered(shop, api, "Bench").token();
        String userId = ShopClient.json(api.get("/api/v1/me", shopper).body()).path("userId").asString();
        HttpResponse<String> created = api.send("POST", "/api/v1/carts", shopper, "{}");
        api.outcome(created, shopper);
        String cartId = ShopClient.json(created.body()).path("resourceId").asString();
        String cart = "/api/v1/carts/" + cartId;
        String product = ShoppingJourneyIT.productId(api, "MUG-STONE-350");
        api.outcome(api.send("POST", cart + "/items", shopper, "{\"productId\": \"" + product + "\", \"quantity\": 1}"),
                shopper);

        OwnerEvents stream = OwnerEvents.open(shop.settings().shopUrl(), shopper);
        StringBuilder report = new StringBuilder("# Cart benchmark, " + Instant.now() + "\n\n");
        try {
            report.append(lag(api, shopper, cart, cartId, product, stream));
        } finally {
            stream.close();
        }
        report.append(throughput(api, shopper, userId));
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "cart.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static String lag(ShopClient api, String token, String cart, String cartId, String product,
                              OwnerEvents stream) throws Exception {
        Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
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
            clients.execute(() -> {
                try {
                    HttpResponse<String> response = api.send("PUT", cart + "/items/" + product, token,
                            "{\"quantity\": " + (i % 98 + 2) + "}");
                    long now = System.nanoTime();
                    if (response.statusCode() == 202) {
                        acceptedAt.put(ShopClient.json(response.body()).path("commandId").asString(), now);
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
                Long shown = stream.shownAt(cartId, accepted.getKey());
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
        return "## Read-model lag at " + LAG_RATE + " commands/s (202 -> the owner's SSE announces the cart view at the"
                + " command's version)\n\n"
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

    private static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String ms(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }
}
