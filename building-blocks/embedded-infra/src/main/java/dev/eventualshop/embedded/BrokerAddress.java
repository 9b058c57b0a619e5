package dev.eventualshop.embedded;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where an AMQP broker is and how to sign in: the embedded one ({@link EmbeddedBroker#address()}) or another, such
 * as a real RabbitMQ a launcher is pointed at. The same services run on either by configuration only.
 */
public record BrokerAddress(String host, int port, String username, String password, String virtualHost) {

    public BrokerAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(virtualHost, "virtualHost");
    }

    /** Spring Boot's {@code spring.rabbitmq.*} properties for it. */
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.rabbitmq.host", host);
        properties.put("spring.rabbitmq.port", port);
        properties.put("spring.rabbitmq.username", username);
        properties.put("spring.rabbitmq.password", password);
        properties.put("spring.rabbitmq.virtual-host", virtualHost);
        return properties;
    }
}
