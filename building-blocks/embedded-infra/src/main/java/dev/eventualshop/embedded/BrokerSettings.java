package dev.eventualshop.embedded;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start the {@link EmbeddedBroker}: the AMQP port, the one user, the one virtual host and the folder
 * whose {@code broker/} child keeps the Derby message store between runs.
 *
 * <p>The virtual host name maps to Spring AMQP's {@code spring.rabbitmq.virtual-host} in two ways: the
 * name itself (with or without a leading {@code /}, so {@code default} and {@code /default} both work) or
 * RabbitMQ's default {@code /}, which Qpid resolves to its default virtual host, which is this one.
 *
 * @param port        AMQP 0-9-1 port on 127.0.0.1; {@code 0} picks a free one ({@link EmbeddedBroker#port()}
 *                    tells which). The default, {@value #DEFAULT_PORT}, keeps clear of a real RabbitMQ on 5672.
 * @param username    the only user
 * @param password    its password
 * @param virtualHost the only virtual host
 * @param dataDir     the folder holding {@code broker/}; created when missing
 */
public record BrokerSettings(int port, String username, String password, String virtualHost, Path dataDir) {

    public static final int DEFAULT_PORT = 5673;
    public static final String DEFAULT_USERNAME = "guest";
    public static final String DEFAULT_PASSWORD = "guest";
    public static final String DEFAULT_VIRTUAL_HOST = "default";

    public BrokerSettings {
        Ports.requireValid(port, "port");
        requireText(username, "username");
        requireText(password, "password");
        requireText(virtualHost, "virtualHost");
        if (!virtualHost.matches("[A-Za-z0-9._-]+")) {
            // It names a folder of the message store too, and a leading '/' belongs to the client's URI.
            throw new IllegalArgumentException("virtualHost must match [A-Za-z0-9._-]+, was " + virtualHost);
        }
        Objects.requireNonNull(dataDir, "dataDir");
    }

    /** The local-mode defaults: port {@value #DEFAULT_PORT}, guest/guest, virtual host {@code default}. */
    public static BrokerSettings defaults(Path dataDir) {
        return new BrokerSettings(DEFAULT_PORT, DEFAULT_USERNAME, DEFAULT_PASSWORD, DEFAULT_VIRTUAL_HOST, dataDir);
    }

    public BrokerSettings withPort(int newPort) {
        return new BrokerSettings(newPort, username, password, virtualHost, dataDir);
    }

    public BrokerSettings withCredentials(String newUsername, String newPassword) {
        return new BrokerSettings(port, newUsername, newPassword, virtualHost, dataDir);
    }

    public BrokerSettings withVirtualHost(String newVirtualHost) {
        return new BrokerSettings(port, username, password, newVirtualHost, dataDir);
    }

    /** Where the broker keeps its state: {@code <dataDir>/broker}. */
    public Path brokerDir() {
        return dataDir.resolve("broker");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
