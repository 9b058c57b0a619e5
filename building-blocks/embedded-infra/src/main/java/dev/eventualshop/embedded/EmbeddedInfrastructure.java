package dev.eventualshop.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The broker, MongoDB and SMTP stand-ins started together, so local mode and the building blocks' suites
 * run with nothing installed but a JDK. Their data lives under one folder and survives a restart; they are
 * closed in the reverse order of their start.
 */
public final class EmbeddedInfrastructure implements AutoCloseable {

    private static EmbeddedInfrastructure shared;

    private final EmbeddedBroker broker;
    private final EmbeddedMongo mongo;
    private final EmbeddedSmtp smtp;
    private final Deque<AutoCloseable> started;

    private EmbeddedInfrastructure(EmbeddedBroker broker, EmbeddedMongo mongo, EmbeddedSmtp smtp,
                                   Deque<AutoCloseable> started) {
        this.broker = broker;
        this.mongo = mongo;
        this.smtp = smtp;
        this.started = started;
    }

    /**
     * Starts the broker, then MongoDB, then SMTP. If one fails, those already started are closed again and
     * the failure is thrown.
     */
    public static EmbeddedInfrastructure start(InfrastructureSettings settings) {
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            EmbeddedBroker broker = push(started, EmbeddedBroker.start(settings.broker()));
            EmbeddedMongo mongo = push(started, EmbeddedMongo.start(settings.mongo()));
            EmbeddedSmtp smtp = push(started, EmbeddedSmtp.start(settings.smtp()));
            return new EmbeddedInfrastructure(broker, mongo, smtp, started);
        } catch (RuntimeException e) {
            closeAll(started, e);
            throw e;
        }
    }

    /** Starts them on free ports with their data in a new temporary folder named after {@code prefix} (suites). */
    public static EmbeddedInfrastructure startEphemeral(String prefix) {
        try {
            return start(InfrastructureSettings.ephemeral(Files.createTempDirectory(prefix)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One set of stand-ins for the suites of a JVM (a module's tests), started on first use on free ports and
     * closed when the JVM exits: suites share them instead of each starting its own.
     */
    public static synchronized EmbeddedInfrastructure shared() {
        if (shared == null) {
            EmbeddedInfrastructure started = startEphemeral("eventualshop-suites");
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "embedded-infrastructure-close"));
            shared = started;
        }
        return shared;
    }

    /**
     * What a command service needs to run on these stand-ins, as Spring properties: the broker and an in-memory
     * H2 database {@code database} of its own (in SQL Server mode, as local mode's files).
     */
    public Map<String, Object> commandServiceProperties(String database) {
        Map<String, Object> properties = new LinkedHashMap<>(brokerProperties());
        properties.put("spring.datasource.url", "jdbc:h2:mem:" + database + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
        return Map.copyOf(properties);
    }

    /**
     * What a service needs to run on these stand-ins, as Spring properties: the broker
     * ({@code spring.rabbitmq.*}) and its own MongoDB database {@code database} ({@code spring.mongodb.uri}).
     */
    public Map<String, Object> serviceProperties(String database) {
        Map<String, Object> properties = new LinkedHashMap<>(brokerProperties());
        properties.put("spring.mongodb.uri", mongo.connectionString() + "/" + database);
        return Map.copyOf(properties);
    }

    /**
     * The broker as command-line arguments ({@code --spring.rabbitmq.*=...}), for a service started beside a suite:
     * arguments win over the service's own configuration file, as default properties would not.
     */
    public List<String> brokerArguments() {
        return brokerProperties().entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toList();
    }

    private Map<String, Object> brokerProperties() {
        return broker.address().properties();
    }

    public EmbeddedBroker broker() {
        return broker;
    }

    public EmbeddedMongo mongo() {
        return mongo;
    }

    public EmbeddedSmtp smtp() {
        return smtp;
    }

    /** Closes SMTP, then MongoDB, then the broker; each is closed even if another fails to. */
    @Override
    public synchronized void close() {
        IllegalStateException failure = new IllegalStateException("The embedded infrastructure did not close cleanly");
        closeAll(started, failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private static <T extends AutoCloseable> T push(Deque<AutoCloseable> started, T component) {
        started.push(component);
        return component;
    }

    private static void closeAll(Deque<AutoCloseable> started, Exception failure) {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                failure.addSuppressed(e);
            }
        }
    }
}
