package dev.eventualshop.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.ServerVersion;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB stand-in inside the JVM for local mode and tests: mongo-java-server with its H2 backend, so the
 * read models survive a restart on the same folder.
 *
 * <p>It reports MongoDB 5.0 (wire version 8): the MongoDB 5.x driver of Spring Boot 4 refuses older wire
 * versions. It lacks some commands, notably {@code hello}, which Spring Boot's MongoDB health indicator
 * sends, so health checks use {@code ping}. It listens on 127.0.0.1 only.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedMongo(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Opens the store file and starts listening.
     *
     * @throws IllegalStateException when it cannot start, for instance because the port is taken or the
     *                               store file is in use by another server
     */
    public static EmbeddedMongo start(MongoSettings settings) {
        EmbeddedLogging.quieten();
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + settings.dataDir(), e);
        }
        H2Backend backend = null;
        try {
            backend = new IdLookupH2Backend(settings.storeFile().toAbsolutePath().toString());
            backend.version(ServerVersion.MONGO_5_0);
            MongoServer server = new MongoServer(backend);
            server.bind(Ports.LOOPBACK, settings.port());
            return new EmbeddedMongo(server, server.getLocalAddress().getPort());
        } catch (RuntimeException e) {
            if (backend != null) {
                backend.close();
            }
            throw new IllegalStateException("Embedded MongoDB did not start on " + Ports.LOOPBACK + ":"
                    + settings.port() + " with data in " + settings.storeFile(), e);
        }
    }

    public String host() {
        return Ports.LOOPBACK;
    }

    /** The port it listens on: the configured one, or the one picked when 0 was asked for. */
    public int port() {
        return port;
    }

    /** {@code mongodb://127.0.0.1:<port>}, without a database: each service names its own. */
    public String connectionString() {
        return "mongodb://" + Ports.LOOPBACK + ":" + port;
    }

    /**
     * Disconnects the clients, commits and closes the store file. Calling it again does nothing.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.shutdownNow();
        }
    }
}
