package dev.eventualshop.launcher;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Local mode: starts the embedded broker, MongoDB stand-in and SMTP with their data under the data directory,
 * generates the local secrets on first start, then starts every service in this JVM, each in its own
 * application context, and prints the shop's URL. Closing stops the services in reverse order, then the
 * infrastructure; the data stays for the next start.
 */
public final class Launcher implements AutoCloseable {

    /**
     * Spring Boot would reconfigure logging JVM-wide at every service's start; local mode configures it once,
     * from this module's {@code logback.xml}.
     */
    private static final String LOGGING_SYSTEM = "org.springframework.boot.logging.LoggingSystem";

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);
    /** How long seeding waits for Warehouse to open the demo items' stock. */
    private static final Duration STOCK_PATIENCE = Duration.ofSeconds(60);

    private final LauncherSettings settings;
    private final LocalSecrets secrets;
    private final EmbeddedInfrastructure infrastructure;
    private final Map<String, ConfigurableApplicationContext> services = new LinkedHashMap<>();
    private Duration startedIn;

    private Launcher(LauncherSettings settings, LocalSecrets secrets, EmbeddedInfrastructure infrastructure) {
        this.settings = settings;
        this.secrets = secrets;
        this.infrastructure = infrastructure;
    }

    /** Starts everything; on a failure, stops what already started and rethrows. */
    public static Launcher start(LauncherSettings settings) {
        long started = System.nanoTime();
        System.setProperty(LOGGING_SYSTEM, "none");
        createDataDir(settings.dataDir());
        LocalSecrets secrets = LocalSecrets.loadOrCreate(settings.dataDir());
        Launcher launcher = new Launcher(settings, secrets, EmbeddedInfrastructure.start(settings.infrastructure()));
        try {
            for (LocalService service : LocalServices.all(settings, secrets, launcher.infrastructure)) {
                long serviceStarted = System.nanoTime();
                launcher.services.put(service.name(), service.start());
                log.info("{} started in {} ms", service.name(), (System.nanoTime() - serviceStarted) / 1_000_000);
            }
            DemoCatalogSeeder.seed(launcher.services.get("catalog-command"), launcher.services.get("warehouse-command"),
                    STOCK_PATIENCE);
        } catch (RuntimeException e) {
            launcher.close();
            throw e;
        }
        launcher.startedIn = Duration.ofNanos(System.nanoTime() - started);
        return launcher;
    }

    public LauncherSettings settings() {
        return settings;
    }

    public LocalSecrets secrets() {
        return secrets;
    }

    public EmbeddedInfrastructure infrastructure() {
        return infrastructure;
    }

    /** The running services by name, in start order. */
    public Map<String, ConfigurableApplicationContext> services() {
        return Collections.unmodifiableMap(services);
    }

    /** From the call to {@link #start} until every service was up. */
    public Duration startedIn() {
        return startedIn;
    }

    /** This process's resident memory in bytes (Linux), or -1 where /proc is not available. */
    public static long residentMemoryBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException unavailable) {
            // not Linux
        }
        return -1;
    }

    @Override
    public synchronized void close() {
        List<String> names = new ArrayList<>(services.keySet());
        Collections.reverse(names);
        for (String name : names) {
            try {
                services.remove(name).close();
            } catch (RuntimeException e) {
                log.warn("{} did not stop cleanly", name, e);
            }
        }
        infrastructure.close();
    }

    public static void main(String[] args) throws InterruptedException {
        Launcher launcher = start(LauncherSettings.local());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            launcher.close();
            stopped.countDown();
        }, "eventualshop-shutdown"));
        System.out.println(launcher.banner());
        stopped.await();
    }

    /** What a person starting the shop needs to know, printed once it is ready. */
    String banner() {
        StringBuilder banner = new StringBuilder()
                .append("\nEventualShop is ready at ").append(settings.shopUrl())
                .append(String.format(Locale.ROOT, " (started in %.1f s, resident memory %d MiB)%n",
                        startedIn.toMillis() / 1000.0, residentMemoryBytes() / (1024 * 1024)))
                .append("  API docs:   ").append(settings.shopUrl()).append("/swagger-ui.html\n")
                .append("  Local mail: ").append(settings.shopUrl()).append("/dev/mail?to=<email>\n")
                .append("  Admin:      ").append(secrets.adminEmail());
        if (secrets.firstStart()) {
            banner.append(" / ").append(secrets.adminPassword())
                    .append("\n              (shown on first start only; kept in ")
                    .append(secrets.dir().resolve("admin-password")).append(")\n");
        } else {
            banner.append(", password in ").append(secrets.dir().resolve("admin-password")).append('\n');
        }
        banner.append("  Data:       ").append(settings.dataDir().toAbsolutePath())
                .append(" (delete it to start afresh)\n  Stop with Ctrl+C.\n");
        return banner.toString();
    }

    private static void createDataDir(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the data directory " + dataDir.toAbsolutePath(), e);
        }
    }
}
