package dev.eventualshop.messaging;

import java.util.Locale;
import org.springframework.amqp.rabbit.connection.Connection;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;

/**
 * Which broker a connection reaches. RabbitMQ-only features (single active consumer) are asked for only on
 * RabbitMQ: the embedded Qpid Broker-J keeps only its own queue arguments.
 */
public enum BrokerKind {
    RABBITMQ, OTHER;

    public static BrokerKind of(ConnectionFactory connectionFactory) {
        try (Connection connection = connectionFactory.createConnection()) {
            Object product = connection.getDelegate().getServerProperties().get("product");
            return product != null && product.toString().toLowerCase(Locale.ROOT).contains("rabbitmq")
                    ? RABBITMQ : OTHER;
        }
    }
}
