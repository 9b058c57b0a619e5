package dev.eventualshop.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;

/** The MongoDB stand-in keeps documents across a restart and answers the commands the services rely on. */
class EmbeddedMongoIT {

    @TempDir
    Path dataDir;

    @Test
    void a_document_written_before_a_restart_on_the_same_folder_is_read_after_it() {
        MongoSettings settings = MongoSettings.defaults(dataDir).withPort(0);
        try (EmbeddedMongo mongo = EmbeddedMongo.start(settings); MongoClient client = MongoClients.create(mongo.connectionString())) {
            carts(client).insertOne(new Document("_id", "cart-1").append("items", 3).append("owner", "alice"));
        }
        assertThat(settings.storeFile()).exists();

        try (EmbeddedMongo mongo = EmbeddedMongo.start(settings); MongoClient client = MongoClients.create(mongo.connectionString())) {
            Document cart = carts(client).find(Filters.eq("_id", "cart-1")).first();
            assertThat(cart).isNotNull();
            assertThat(cart.getInteger("items")).isEqualTo(3);
            assertThat(cart.getString("owner")).isEqualTo("alice");
        }
    }

    @Test
    void ping_answers_ok_and_it_reports_mongodb_5_0_so_the_boot_4_driver_accepts_it() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(MongoSettings.defaults(dataDir).withPort(0));
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            Document ping = client.getDatabase("admin").runCommand(new Document("ping", 1));
            Document buildInfo = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));

            assertThat(ping.get("ok", Number.class).intValue()).isEqualTo(1);
            assertThat(buildInfo.getString("version")).isEqualTo("5.0.0");
        }
    }

    @Test
    void hello_which_spring_boots_mongodb_health_indicator_sends_is_an_unknown_command() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(MongoSettings.defaults(dataDir).withPort(0));
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThatThrownBy(() -> client.getDatabase("admin").runCommand(new Document("hello", 1)))
                    .isInstanceOf(MongoCommandException.class)
                    .hasMessageContaining("hello");
        }
    }

    @Test
    void a_second_server_on_a_folder_in_use_is_refused_and_the_first_keeps_its_data() {
        MongoSettings settings = MongoSettings.defaults(dataDir).withPort(0);
        try (EmbeddedMongo first = EmbeddedMongo.start(settings)) {
            assertThatThrownBy(() -> EmbeddedMongo.start(settings))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(settings.storeFile().toString());
            try (MongoClient client = MongoClients.create(first.connectionString())) {
                carts(client).insertOne(new Document("_id", "cart-2"));
                assertThat(carts(client).countDocuments()).isEqualTo(1);
            }
        }
    }

    private static MongoCollection<Document> carts(MongoClient client) {
        return client.getDatabase("shoppingcart").getCollection("carts");
    }
}
