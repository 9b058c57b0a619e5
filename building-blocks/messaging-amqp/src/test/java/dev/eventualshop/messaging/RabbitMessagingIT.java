package dev.eventualshop.messaging;

import dev.eventualshop.messaging.testing.FaultProxy;
import dev.eventualshop.messaging.testing.RealRabbit;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The messaging contract on this machine's real RabbitMQ, in a virtual host of its own. */
class RabbitMessagingIT extends MessagingContract {

    private static String virtualHost;
    private static FaultProxy link;

    @BeforeAll
    static void requireRabbit() {
        RealRabbit.requireReachable();
    }

    @DynamicPropertySource
    static void rabbit(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:messaging-rabbit;MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
        registry.add("spring.rabbitmq.host", () -> "127.0.0.1");
        registry.add("spring.rabbitmq.port", () -> proxy().port());
        registry.add("spring.rabbitmq.username", () -> "guest");
        registry.add("spring.rabbitmq.password", () -> "guest");
        registry.add("spring.rabbitmq.virtual-host", RabbitMessagingIT::virtualHost);
    }

    private static synchronized String virtualHost() {
        if (virtualHost == null) {
            virtualHost = RealRabbit.createVirtualHost("messaging");
        }
        return virtualHost;
    }

    private static synchronized FaultProxy proxy() {
        if (link == null) {
            link = FaultProxy.to(RealRabbit.HOST, RealRabbit.PORT);
        }
        return link;
    }

    @Override
    FaultProxy link() {
        return proxy();
    }
}
