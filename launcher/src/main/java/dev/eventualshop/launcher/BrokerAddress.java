package dev.eventualshop.launcher;

import dev.eventualshop.embedded.EmbeddedBroker;
import java.util.Map;
import java.util.Objects;

/**
 * The AMQP broker the services use: the embedded one, unless the settings name another (a real RabbitMQ, for a
 * benchmark on it: {@link LauncherSettings#withBroker}). The same services run on either by configuration only.
 */
public record BrokerAddress(String host, int port, String username, String password, String virtualHost) {

    public BrokerAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(virtualHost, "virtualHost");
    }

    static BrokerAddress of(EmbeddedBroker broker) {
        return new BrokerAddress(broker.host(), broker.port(), broker.username(), broker.password(),
                broker.virtualHost());
    }

    /** Spring Boot's {@code spring.rabbitmq.*} properties for it. */
    Map<String, Object> properties() {
        return Map.of("spring.rabbitmq.host", host, "spring.rabbitmq.port", port, "spring.rabbitmq.username", username,
                "spring.rabbitmq.password", password, "spring.rabbitmq.virtual-host", virtualHost);
    }
}
