package dev.eventualshop.messaging;

import dev.eventualshop.embedded.BrokerSettings;
import dev.eventualshop.embedded.EmbeddedBroker;
import dev.eventualshop.messaging.testing.FaultProxy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The messaging contract on the embedded Qpid Broker-J that local mode runs. */
class QpidMessagingIT extends MessagingContract {

    private static EmbeddedBroker broker;
    private static FaultProxy link;

    @DynamicPropertySource
    static void qpid(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:messaging-qpid;MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
        registry.add("spring.rabbitmq.host", () -> "127.0.0.1");
        registry.add("spring.rabbitmq.port", () -> proxy().port());
        registry.add("spring.rabbitmq.username", () -> broker().username());
        registry.add("spring.rabbitmq.password", () -> broker().password());
        registry.add("spring.rabbitmq.virtual-host", () -> broker().virtualHost());
    }

    private static synchronized EmbeddedBroker broker() {
        if (broker == null) {
            try {
                broker = EmbeddedBroker.start(BrokerSettings.defaults(Files.createTempDirectory("qpid-it")).withPort(0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return broker;
    }

    private static synchronized FaultProxy proxy() {
        if (link == null) {
            link = FaultProxy.to("127.0.0.1", broker().port());
        }
        return link;
    }

    @Override
    FaultProxy link() {
        return proxy();
    }
}
