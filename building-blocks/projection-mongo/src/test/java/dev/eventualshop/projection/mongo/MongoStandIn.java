package dev.eventualshop.projection.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.eventualshop.embedded.EmbeddedMongo;
import dev.eventualshop.embedded.MongoSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The embedded MongoDB stand-in on a free port and a temporary folder, with a template for one database. */
final class MongoStandIn implements AutoCloseable {

    final EmbeddedMongo server;
    final MongoClient client;

    MongoStandIn() {
        try {
            server = EmbeddedMongo.start(MongoSettings.defaults(Files.createTempDirectory("mongo-it")).withPort(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        client = MongoClients.create(server.connectionString());
    }

    MongoTemplate template(String database) {
        return new MongoTemplate(client, database);
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
