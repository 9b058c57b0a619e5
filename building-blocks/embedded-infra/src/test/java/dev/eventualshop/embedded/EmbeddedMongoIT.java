package dev.eventualshop.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

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

    /**
     * A read model's compare-and-set ({@code _id} and {@code revision}, sent as {@code $and}) and the gateway's
     * "this issuer's command" ({@code _id} and {@code issuer}, sent flat) are answered right, and from the
     * {@code _id} index. Without it each of them decodes the whole collection: the 300 pinned lookups below took
     * longer than the 150 lookups on a field without an index (2.2 s against 1.1 s); with it, a third (0.35 s
     * against 1.0 s).
     */
    @Test
    void a_query_that_pins_the_id_and_names_more_fields_is_answered_right_and_from_the_id_index() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(MongoSettings.defaults(dataDir).withPort(0));
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> statuses = client.getDatabase("gateway").getCollection("command_status");
            List<Document> many = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                many.add(new Document("_id", "command-" + i).append("issuer", "user-" + i % 7).append("revision", 1L));
            }
            statuses.insertMany(many);

            assertThat(statuses.find(new Document("_id", "command-8").append("issuer", "user-1")).first()).isNotNull();
            assertThat(statuses.find(new Document("_id", "command-8").append("issuer", "user-2")).first()).isNull();
            assertThat(statuses.replaceOne(Filters.and(Filters.eq("_id", "command-9"), Filters.eq("revision", 2L)),
                    new Document("_id", "command-9").append("revision", 3L)).getMatchedCount()).isZero();
            assertThat(statuses.replaceOne(Filters.and(Filters.eq("_id", "command-9"), Filters.eq("revision", 1L)),
                    new Document("_id", "command-9").append("revision", 2L)).getMatchedCount()).isOne();
            assertThat(statuses.find(Filters.eq("_id", "command-9")).first().getLong("revision")).isEqualTo(2L);
            assertThat(statuses.countDocuments(Filters.and(Filters.in("_id", "command-1", "command-2"),
                    Filters.eq("issuer", "user-1")))).isOne();

            Duration scans = timed(i -> statuses.find(Filters.eq("issuer", "nobody-" + i)).first());
            Duration pinned = timed(i -> {
                statuses.find(new Document("_id", "command-" + i * 61).append("issuer", "nobody")).first();
                statuses.find(Filters.and(Filters.eq("_id", "command-" + i * 61), Filters.eq("revision", 7L))).first();
            });
            // Compared with scans on the same machine at the same moment, so a slow machine slows both.
            assertThat(pinned).isLessThan(scans);
        }
    }

    private static Duration timed(IntConsumer lookup) {
        long started = System.nanoTime();
        for (int i = 0; i < 150; i++) {
            lookup.accept(i);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static MongoCollection<Document> carts(MongoClient client) {
        return client.getDatabase("shoppingcart").getCollection("carts");
    }
}
