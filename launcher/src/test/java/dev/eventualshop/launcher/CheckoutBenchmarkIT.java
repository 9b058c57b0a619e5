package dev.eventualshop.launcher;

import static dev.eventualshop.launcher.CartBenchmarkIT.ms;
import static dev.eventualshop.launcher.CartBenchmarkIT.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.embedded.BrokerAddress;
import dev.eventualshop.messaging.testing.RealRabbit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 7's measurement on a running launcher, run on demand only:
 * {@code mvn -B -o verify -pl launcher -Dit.test=CheckoutBenchmarkIT -Dbenchmark=checkout} (figures printed and
 * written to {@code launcher/target/benchmarks/checkout.md}; docs/benchmarks.md records them with the machine and
 * date). {@value #CUSTOMERS} customers (each with their event stream open) fill a cart (create, add, address, card)
 * and check it out with {@code tok_visa}, over and over; checkouts are let go at {@link #RATE} a second for
 * {@link #SECONDS} s. The latency of one checkout runs from sending {@code POST /checkout} to the owner's event
 * stream announcing the order view at version 4, the order CONFIRMED (placed, payment asked, authorized,
 * confirmed). A checkout not confirmed within 30 s counts as unconfirmed. {@code -Dbenchmark.rate},
 * {@code -Dbenchmark.seconds} and {@code -Dbenchmark.customers} change the load; {@code -Dbenchmark.broker=rabbitmq}
 * runs the services on the real RabbitMQ. Nothing here is a pass/fail timing.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "checkout")
class CheckoutBenchmarkIT {

    static final int RATE = Integer.getInteger("benchmark.rate", 20);
    static final int SECONDS = Integer.getInteger("benchmark.seconds", 60);
    static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 60);
    static final boolean REAL_BROKER = "rabbitmq".equals(System.getProperty("benchmark.broker"));
    static final Duration GIVE_UP = Duration.ofSeconds(30);

    @Test
    void checkout_to_confirmed_latency() throws Exception {
        LauncherSettings settings = LauncherSettings.ephemeral(Files.createTempDirectory("eventualshop-checkouts"));
        if (REAL_BROKER) {
            settings = settings.withBroker(new BrokerAddress(RealRabbit.HOST, RealRabbit.PORT, "guest", "guest",
                    RealRabbit.createVirtualHost("checkout-benchmark")));
        }
        try (Launcher shop = Launcher.start(settings)) {
            String report = measure(shop);
            System.out.println(report);
            Path out = Path.of("target", "benchmarks", "checkout.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        }
    }

    private static String measure(Launcher shop) throws Exception {
        Checkouts checkouts = new Checkouts(shop);
        String product = checkouts.product("5.00", 1_000_000);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger unconfirmed = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        Semaphore slots = new Semaphore(0);
        ExecutorService customers = Executors.newVirtualThreadPerTaskExecutor();
        List<Future<?>> running = new ArrayList<>();
        Semaphore registering = new Semaphore(4);
        AtomicLong windowEnd = new AtomicLong();
        for (int c = 0; c < CUSTOMERS; c++) {
            running.add(customers.submit(() -> {
                AccountJourneyIT.Newcomer customer;
                registering.acquire();
                try {
                    customer = AccountJourneyIT.Newcomer.registered(shop, checkouts.api, "Bench");
                } finally {
                    registering.release();
                }
                try (OwnerEvents events = OwnerEvents.open(shop.settings().shopUrl(), customer.token())) {
                    while (true) {
                        String cart = checkouts.cart(customer.token(), Map.of(product, 1), "tok_visa");
                        slots.acquire();
                        if (windowEnd.get() != 0 && System.nanoTime() > windowEnd.get()) {
                            return null;
                        }
                        started.incrementAndGet();
                        long sent = System.nanoTime();
                        String order = checkouts.checkOut(customer.token(), cart);
                        Long confirmed = awaitConfirmed(events, order, sent);
                        if (confirmed == null) {
                            unconfirmed.incrementAndGet();
                        } else {
                            latencies.add(confirmed - sent);
                        }
                    }
                }
            }));
        }
        // Let the customers register and fill their first carts, then release checkouts at the rate.
        Thread.sleep(Duration.ofSeconds(Math.max(20, CUSTOMERS / 2)));
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        windowEnd.set(System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS));
        clock.scheduleAtFixedRate(() -> slots.release(), 0, 1_000_000 / RATE, TimeUnit.MICROSECONDS);
        Thread.sleep(Duration.ofSeconds(SECONDS));
        clock.shutdownNow();
        slots.release(CUSTOMERS);
        for (Future<?> customer : running) {
            customer.get(2, TimeUnit.MINUTES);
        }
        customers.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        assertThat(started.get()).isPositive();
        double seconds = SECONDS;
        return "# Checkout benchmark, " + Instant.now() + ", broker: "
                + (REAL_BROKER ? "RabbitMQ " + RealRabbit.HOST + ":" + RealRabbit.PORT : "embedded Qpid Broker-J")
                + "\n\n## Checkout -> CONFIRMED (" + CUSTOMERS + " customers, target " + RATE + "/s for " + SECONDS
                + " s, tok_visa)\n\n"
                + "| checkouts sent | per second | confirmed | not confirmed in 30 s | p50 | p95 | p99 | max |\n"
                + "|---|---|---|---|---|---|---|---|\n"
                + "| " + started.get() + " | " + String.format("%.1f", started.get() / seconds) + " | " + sorted.size()
                + " | " + unconfirmed.get() + " | " + ms(percentile(sorted, 50)) + " | " + ms(percentile(sorted, 95))
                + " | " + ms(percentile(sorted, 99)) + " | " + ms(sorted.isEmpty() ? 0 : sorted.getLast()) + " |\n";
    }

    /** When the owner's stream announced the order CONFIRMED (version 4), or null after {@link #GIVE_UP}. */
    private static Long awaitConfirmed(OwnerEvents events, String order, long sent) throws InterruptedException {
        while (System.nanoTime() - sent < GIVE_UP.toNanos()) {
            Long at = events.firstAnnouncedAt(order, 4);
            if (at != null) {
                return at;
            }
            Thread.sleep(20);
        }
        return null;
    }
}
