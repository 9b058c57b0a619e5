package dev.eventualshop.messaging.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * This machine's real RabbitMQ (127.0.0.1:5672, guest/guest), with a virtual host of its own per test run,
 * created and deleted through {@code rabbitmqctl}. Where RabbitMQ is not reachable the suite is skipped,
 * unless real infrastructure is required ({@code EVENTUALSHOP_REQUIRE_REAL_INFRA=true}, set by
 * {@code .ci/run}): then it fails.
 */
public final class RealRabbit {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 5672;

    private static final Map<String, String> VIRTUAL_HOSTS = new ConcurrentHashMap<>();

    private RealRabbit() {
    }

    /** Skips the calling suite (or fails it, where real infrastructure is required) without RabbitMQ. */
    public static void requireReachable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 2_000);
        } catch (IOException unreachable) {
            String message = "RabbitMQ is not reachable at " + HOST + ":" + PORT + " (" + unreachable + ")";
            if (Boolean.getBoolean("eventualshop.require-real-infra")
                    || Boolean.parseBoolean(System.getenv("EVENTUALSHOP_REQUIRE_REAL_INFRA"))) {
                throw new IllegalStateException(message + "; real infrastructure is required in this build");
            }
            Assumptions.abort(message + "; skipping the real-RabbitMQ suite");
        }
    }

    /** A new virtual host for this run, open to guest, deleted when the JVM exits. */
    public static String createVirtualHost(String purpose) {
        requireReachable();
        String vhost = "es-" + purpose + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
                + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000));
        rabbitmqctl("add_vhost", vhost);
        rabbitmqctl("set_permissions", "-p", vhost, "guest", ".*", ".*", ".*");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> rabbitmqctl("delete_vhost", vhost)));
        return vhost;
    }

    /**
     * Points a service under test at the real RabbitMQ as guest, in a virtual host of its own for {@code purpose}
     * ({@link #createVirtualHost}), shared by the suites of the JVM that name the same purpose; skips the suite
     * without RabbitMQ.
     */
    public static void register(DynamicPropertyRegistry registry, String purpose) {
        String vhost = VIRTUAL_HOSTS.computeIfAbsent(purpose, RealRabbit::createVirtualHost);
        registry.add("spring.rabbitmq.host", () -> HOST);
        registry.add("spring.rabbitmq.port", () -> PORT);
        registry.add("spring.rabbitmq.username", () -> "guest");
        registry.add("spring.rabbitmq.password", () -> "guest");
        registry.add("spring.rabbitmq.virtual-host", () -> vhost);
    }

    private static void rabbitmqctl(String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("rabbitmqctl", "-q"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("rabbitmqctl " + String.join(" ", arguments) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("rabbitmqctl is needed to give each run its own virtual host", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted running rabbitmqctl", e);
        }
    }
}
