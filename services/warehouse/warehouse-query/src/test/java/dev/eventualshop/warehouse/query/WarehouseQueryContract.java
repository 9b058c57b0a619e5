package dev.eventualshop.warehouse.query;

import static org.awaitility.Awaitility.await;

import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.projection.mongo.StoredVersions;
import dev.eventualshop.warehouse.WarehouseMessages;
import dev.eventualshop.warehouse.internal.StockEvent;
import dev.eventualshop.warehouse.query.domain.StockProjection;
import dev.eventualshop.web.testing.TestHttp;
import dev.eventualshop.web.testing.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * warehouse-query as it runs: its own configuration file, a broker carrying Warehouse's domain events as
 * warehouse-command's relay publishes them, MongoDB, and tokens from a stand-in Identity. Each subclass brings
 * the broker and MongoDB; its context is closed after it.
 */
@SpringBootTest(classes = WarehouseQueryApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + WarehouseQueryApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms"})
@DirtiesContext
abstract class WarehouseQueryContract {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** One stand-in Identity for every suite of the test JVM (it stops with the JVM). */
    static final TestTokens TOKENS = TestTokens.start();
    static final String STOCK = "/api/v1/warehouse/stock";

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

    /** A newly opened stock of SKU {@code sku} that received {@code units}; its product id. */
    UUID stocked(String sku, long units) {
        UUID product = UUID.randomUUID();
        publish(product, 1, new StockEvent.StockOpened(product, sku, 0, 0));
        publish(product, 2, new StockEvent.StockReceived(product, units, units, 0));
        return product;
    }

    /** {@code event} at {@code version} of the product's stock stream, as warehouse-command's relay does. */
    void publish(UUID product, long version, StockEvent event) {
        TestMessages.publishDomainEvent(connectionFactory, codec, WarehouseMessages.CONTEXT,
                WarehouseMessages.STOCK_STREAM, product.toString(), version, event);
    }

    void awaitVersion(UUID product, long version) {
        await().atMost(WAIT).until(() -> versionOf(product) == version);
    }

    long versionOf(UUID product) {
        return StoredVersions.versionOf(mongo, StockProjection.VIEW, product.toString());
    }

    static String admin() {
        return TOKENS.valid(UUID.randomUUID().toString(), "CUSTOMER", "ADMIN");
    }

    HttpResponse<String> stock(String query, String token) {
        return TestHttp.on(port).get(STOCK + query, token);
    }
}
