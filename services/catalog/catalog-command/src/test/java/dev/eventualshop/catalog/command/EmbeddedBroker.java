package dev.eventualshop.catalog.command;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.embedded.InfrastructureSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The embedded broker (with the other stand-ins) on free ports, started on first use, shared by the suites. */
final class EmbeddedBroker {

    private static EmbeddedInfrastructure infrastructure;

    private EmbeddedBroker() {
    }

    /** Points catalog-command at the embedded broker and at an in-memory H2 database of its own. */
    static void register(DynamicPropertyRegistry registry, String database) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
        registry.add("spring.rabbitmq.host", () -> infrastructure().broker().host());
        registry.add("spring.rabbitmq.port", () -> infrastructure().broker().port());
        registry.add("spring.rabbitmq.username", () -> infrastructure().broker().username());
        registry.add("spring.rabbitmq.password", () -> infrastructure().broker().password());
        registry.add("spring.rabbitmq.virtual-host", () -> infrastructure().broker().virtualHost());
    }

    private static synchronized EmbeddedInfrastructure infrastructure() {
        if (infrastructure == null) {
            try {
                infrastructure = EmbeddedInfrastructure.start(
                        InfrastructureSettings.ephemeral(Files.createTempDirectory("catalog-command-it")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return infrastructure;
    }
}
