package dev.eventualshop.identity.query;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.embedded.InfrastructureSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The embedded broker and MongoDB stand-in on free ports, started on first use and shared by the suites of
 * the test JVM (each suite's context is closed before the next starts).
 */
final class EmbeddedServices {

    private static EmbeddedInfrastructure infrastructure;

    private EmbeddedServices() {
    }

    /** Points identity-query at the embedded broker and at its own database on the MongoDB stand-in. */
    static void register(DynamicPropertyRegistry registry) {
        registerBroker(registry);
        registry.add("spring.mongodb.uri",
                () -> infrastructure().mongo().connectionString() + "/" + IdentityQueryApplication.NAME);
    }

    /** Points identity-query at the embedded broker. */
    static void registerBroker(DynamicPropertyRegistry registry) {
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
                        InfrastructureSettings.ephemeral(Files.createTempDirectory("identity-query-it")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return infrastructure;
    }
}
