package dev.eventualshop.giftcard.query;

import dev.eventualshop.embedded.BrokerSettings;
import dev.eventualshop.embedded.EmbeddedBroker;
import dev.eventualshop.embedded.EmbeddedMongo;
import dev.eventualshop.embedded.MongoSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * An embedded Qpid broker and MongoDB stand-in for one test class, on free ports and temporary folders, started
 * on first use. MongoDB can be stopped and started again on the same port and data, to play an outage.
 */
final class EmbeddedServices {

    private final String name;
    private EmbeddedBroker broker;
    private EmbeddedMongo mongo;
    private MongoSettings mongoSettings;

    EmbeddedServices(String name) {
        this.name = name;
    }

    /** Points the service at the broker, at its own MongoDB database and at its own H2 event store. */
    void register(DynamicPropertyRegistry registry, String mongoOptions) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
        registry.add("spring.rabbitmq.host", () -> "127.0.0.1");
        registry.add("spring.rabbitmq.port", () -> broker().port());
        registry.add("spring.rabbitmq.username", () -> broker().username());
        registry.add("spring.rabbitmq.password", () -> broker().password());
        registry.add("spring.rabbitmq.virtual-host", () -> broker().virtualHost());
        registry.add("spring.mongodb.uri", () -> mongo().connectionString() + "/" + name + mongoOptions);
    }

    synchronized EmbeddedBroker broker() {
        if (broker == null) {
            broker = EmbeddedBroker.start(BrokerSettings.defaults(temporaryFolder("qpid-" + name)).withPort(0));
        }
        return broker;
    }

    synchronized EmbeddedMongo mongo() {
        if (mongo == null) {
            mongoSettings = MongoSettings.defaults(temporaryFolder("mongo-" + name)).withPort(0);
            mongo = EmbeddedMongo.start(mongoSettings);
            mongoSettings = mongoSettings.withPort(mongo.port());
        }
        return mongo;
    }

    synchronized void stopMongo() {
        mongo.close();
    }

    /** Starts MongoDB again where it was, with the data it had. */
    synchronized void restartMongo() {
        mongo = EmbeddedMongo.start(mongoSettings);
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
