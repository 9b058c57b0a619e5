package dev.eventualshop.embedded;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.Port;
import org.apache.qpid.server.model.State;
import org.apache.qpid.server.store.derby.DerbyUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An AMQP 0-9-1 broker inside the JVM, standing in for RabbitMQ in local mode and tests: Apache Qpid
 * Broker-J with a Derby message store, so durable queues and the persistent messages it confirmed survive a
 * restart on the same folder.
 *
 * <p>It is not RabbitMQ (see the project's "Known pitfalls" and {@code QpidConfirmsIT}): it nacks a mandatory
 * message it cannot route and returns it only after the nack, so Spring AMQP's {@code CorrelationData} never
 * carries that return (RabbitMQ returns first, then acks); like RabbitMQ it closes the channel with 404 on a
 * publish to a missing exchange. It ignores RabbitMQ-only queue arguments such as single active consumer.
 * It listens on 127.0.0.1 only.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);

    /**
     * Folders in use in this JVM. Derby locks a store against other JVMs only: a second broker in the same JVM
     * would share the open database, so it is refused here.
     */
    private static final Set<Path> FOLDERS_IN_USE = ConcurrentHashMap.newKeySet();

    private final SystemLauncher launcher;
    private final BrokerSettings settings;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final boolean qpidShutdownHookWithdrawn;

    private EmbeddedBroker(SystemLauncher launcher, BrokerSettings settings, int port, boolean hookWithdrawn) {
        this.launcher = launcher;
        this.settings = settings;
        this.port = port;
        this.qpidShutdownHookWithdrawn = hookWithdrawn;
    }

    /**
     * Starts a broker and returns once it accepts connections.
     *
     * @throws IllegalStateException when it cannot start, for instance because the port is taken or another
     *                               broker of this JVM uses the folder
     */
    public static EmbeddedBroker start(BrokerSettings settings) {
        Path folder = settings.brokerDir().toAbsolutePath().normalize();
        if (!FOLDERS_IN_USE.add(folder)) {
            throw new IllegalStateException("Another embedded broker of this JVM uses " + folder);
        }
        try {
            return startIn(settings);
        } catch (RuntimeException e) {
            FOLDERS_IN_USE.remove(folder);
            throw e;
        }
    }

    private static EmbeddedBroker startIn(BrokerSettings settings) {
        EmbeddedLogging.quieten();
        // Qpid routes Derby's log to SLF4J only once a store opens, after Derby already created derby.log in
        // the working directory; asking first keeps the working directory clean.
        DerbyUtils.configureDerbyLogging();
        QpidConfiguration configuration = QpidConfiguration.write(settings);
        QpidStartup startup = new QpidStartup();
        SystemLauncher launcher = new SystemLauncher(startup);
        try {
            launcher.startup(configuration.systemAttributes(settings));
            Broker<?> broker = startup.broker();
            if (broker.getState() != State.ACTIVE) {
                throw new IllegalStateException("Broker is " + broker.getState());
            }
            boolean hookWithdrawn = withdrawQpidShutdownHook(broker);
            return new EmbeddedBroker(launcher, settings, amqpPort(broker).getBoundPort(), hookWithdrawn);
        } catch (Exception e) {
            IllegalStateException failure = new IllegalStateException("Embedded broker did not start on "
                    + Ports.LOOPBACK + ":" + settings.port() + " with data in " + settings.brokerDir(), e);
            try {
                launcher.shutdown();
            } catch (RuntimeException shutdownFailure) {
                failure.addSuppressed(shutdownFailure);
            }
            throw failure;
        } finally {
            configuration.delete();
        }
    }

    /** Where this broker listens and how to sign in. */
    public BrokerAddress address() {
        return new BrokerAddress(host(), port(), username(), password(), virtualHost());
    }

    public String host() {
        return Ports.LOOPBACK;
    }

    /** The port the broker listens on: the configured one, or the one picked when 0 was asked for. */
    public int port() {
        return port;
    }

    public String username() {
        return settings.username();
    }

    public String password() {
        return settings.password();
    }

    /** The virtual host's name; clients may also use it with a leading {@code /}, or RabbitMQ's {@code /}. */
    public String virtualHost() {
        return settings.virtualHost();
    }

    /** Stops the broker; the Derby store keeps what was durable. Calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                launcher.shutdown();
            } finally {
                FOLDERS_IN_USE.remove(settings.brokerDir().toAbsolutePath().normalize());
            }
        }
    }

    /**
     * Qpid Broker-J (10.1) registers a JVM shutdown hook of its own when its broker opens, and nothing turns it
     * off. In the launcher, whose hook stops the services first and the broker last, Qpid's hook stopped the
     * broker at the same moment: the services' consumers flooded the log with failed reconnections while they
     * stopped, and {@link #close()} then found Qpid's task executor gone ("Task executor Broker-Config is not in
     * ACTIVE state"). So the hook is withdrawn and whoever started the broker closes it; Qpid's own removal of
     * the hook on close tolerates its absence. Should a Qpid version rename the field, the hook stays, as before.
     */
    private static boolean withdrawQpidShutdownHook(Broker<?> broker) {
        for (Class<?> type = broker.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field hook = type.getDeclaredField("_shutdownHook");
                hook.setAccessible(true);
                return Runtime.getRuntime().removeShutdownHook((Thread) hook.get(broker));
            } catch (NoSuchFieldException notHere) {
                // a superclass may declare it
            } catch (ReflectiveOperationException | RuntimeException e) {
                log.warn("Could not withdraw Qpid's shutdown hook; the broker may stop before the services", e);
                return false;
            }
        }
        log.warn("Qpid's broker has no shutdown hook field; it may stop before the services on exit");
        return false;
    }

    /** Whether Qpid's own shutdown hook was withdrawn, so that only {@link #close()} stops this broker. */
    boolean qpidShutdownHookWithdrawn() {
        return qpidShutdownHookWithdrawn;
    }

    private static Port<?> amqpPort(Broker<?> broker) {
        return broker.getPorts().stream()
                .filter(p -> QpidConfiguration.AMQP_PORT_NAME.equals(p.getName()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The broker has no AMQP port"));
    }
}
