package dev.eventualshop.communication.query;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.embedded.InfrastructureSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/** The embedded broker and MongoDB stand-in on free ports, started on first use and shared by the suites. */
final class EmbeddedServices {

    private static EmbeddedInfrastructure infrastructure;

    private EmbeddedServices() {
    }

    static synchronized EmbeddedInfrastructure infrastructure() {
        if (infrastructure == null) {
            try {
                infrastructure = EmbeddedInfrastructure.start(
                        InfrastructureSettings.ephemeral(Files.createTempDirectory("communication-query-it")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return infrastructure;
    }

    /** The broker and communication-query's own database on the MongoDB stand-in, as Spring properties. */
    static Map<String, Object> properties() {
        EmbeddedInfrastructure infra = infrastructure();
        return Map.of(
                "spring.rabbitmq.host", infra.broker().host(),
                "spring.rabbitmq.port", infra.broker().port(),
                "spring.rabbitmq.username", infra.broker().username(),
                "spring.rabbitmq.password", infra.broker().password(),
                "spring.rabbitmq.virtual-host", infra.broker().virtualHost(),
                "spring.mongodb.uri", infra.mongo().connectionString() + "/" + CommunicationQueryApplication.NAME);
    }
}
