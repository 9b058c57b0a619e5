package dev.eventualshop.catalog.query;

import static org.awaitility.Awaitility.await;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.catalog.internal.CatalogEvent;
import dev.eventualshop.catalog.query.domain.CatalogItemsProjection;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.projection.mongo.StoredVersions;
import dev.eventualshop.warehouse.WarehouseMessages;
import dev.eventualshop.warehouse.v1.WarehouseIntegrationEvent.StockChanged;
import dev.eventualshop.web.testing.TestHttp;
import dev.eventualshop.web.testing.TestTokens;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * catalog-query as it runs: its own configuration file, a broker carrying Catalog's domain events as
 * catalog-command's relay publishes them and Warehouse's StockChanged as warehouse-command's relay does, MongoDB,
 * and tokens from a stand-in Identity. Each subclass brings the broker and MongoDB; its context is closed after it.
 */
@SpringBootTest(classes = CatalogQueryApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + CatalogQueryApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms"})
@DirtiesContext
abstract class CatalogQueryContract {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** One stand-in Identity for every suite of the test JVM (it stops with the JVM). */
    static final TestTokens TOKENS = TestTokens.start();

    @LocalServerPort
    int port;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    MessageCodec codec;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;

    /** A new item, created (inactive) and, when {@code active}, activated; its id once the read model has it. */
    UUID item(String sku, String name, String description, String price, boolean active) {
        UUID item = UUID.randomUUID();
        publish(item, 1, new CatalogEvent.ItemCreated(item, sku, name, description,
                new Money(new BigDecimal(price), "EUR"), "https://img.example/" + sku + ".png"));
        if (active) {
            publish(item, 2, new CatalogEvent.ItemActivated(item));
        }
        awaitVersion(item, active ? 2 : 1);
        return item;
    }

    /** {@code event} at {@code version} of the item's stream, as catalog-command's relay publishes it. */
    void publish(UUID item, long version, CatalogEvent event) {
        TestMessages.publishDomainEvent(connectionFactory, codec, CatalogMessages.CONTEXT,
                CatalogMessages.ITEM_STREAM, item.toString(), version, event);
    }

    /** Warehouse's StockChanged at {@code version} of the product's stock stream, as its relay publishes it. */
    void stock(UUID product, long version, long available) {
        Message message = TestMessages.event(codec, UUID.randomUUID(), WarehouseMessages.STOCK_STREAM,
                product.toString(), version, new StockChanged(product, available + 1, 1, available), true);
        new RabbitTemplate(connectionFactory).send(Topology.events(WarehouseMessages.CONTEXT),
                message.getMessageProperties().getType(), message);
    }

    void awaitVersion(UUID item, long version) {
        await().atMost(WAIT).until(() -> StoredVersions.versionOf(mongo, CatalogItemsProjection.VIEW,
                item.toString()) == version);
    }

    void awaitAvailable(UUID item, long available) {
        await().atMost(WAIT).until(() -> {
            Document stored = mongo.getCollection(CatalogItemsProjection.VIEW)
                    .find(new Document("_id", item.toString())).first();
            return stored != null && ((Number) stored.get("view", Document.class).get("available")).longValue()
                    == available;
        });
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    HttpResponse<String> get(String path, String token) {
        return TestHttp.on(port).get(path, token);
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        return TestHttp.on(port).get(path, headers);
    }

    HttpResponse<String> send(String method, String path, Map<String, String> headers) {
        return TestHttp.on(port).send(method, path, headers);
    }
}
