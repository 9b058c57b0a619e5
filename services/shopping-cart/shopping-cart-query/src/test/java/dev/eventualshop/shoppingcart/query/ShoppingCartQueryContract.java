package dev.eventualshop.shoppingcart.query;

import static org.awaitility.Awaitility.await;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.catalog.v1.CatalogIntegrationEvent;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.projection.mongo.StoredVersions;
import dev.eventualshop.shoppingcart.ShoppingCartMessages;
import dev.eventualshop.shoppingcart.internal.CartEvent;
import dev.eventualshop.shoppingcart.query.domain.CartsProjection;
import dev.eventualshop.shoppingcart.query.domain.PricesProjection;
import dev.eventualshop.web.testing.TestHttp;
import dev.eventualshop.web.testing.TestTokens;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * shopping-cart-query as it runs: its own configuration file, a broker carrying Shopping Cart's domain events and
 * Catalog's integration events as their relays publish them, MongoDB, and tokens from a stand-in Identity. Each
 * subclass brings the broker and MongoDB; its context is closed after it.
 */
@SpringBootTest(classes = ShoppingCartQueryApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + ShoppingCartQueryApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms"})
@DirtiesContext
abstract class ShoppingCartQueryContract {

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

    /** A new catalog item listed at {@code price} EUR (version 1 of its stream); its product id. */
    UUID listed(String sku, String price) {
        UUID product = UUID.randomUUID();
        publishCatalog(product, 1, new CatalogIntegrationEvent.ItemListed(product, sku, "Item " + sku, "",
                Money.of(price, "EUR"), null, true));
        awaitPriceVersion(product, 1);
        return product;
    }

    /** {@code event} at {@code version} of the item's stream, as Catalog's relay publishes it to catalog.events. */
    void publishCatalog(UUID product, long version, CatalogIntegrationEvent event) {
        Message message = TestMessages.event(codec, UUID.randomUUID(), CatalogMessages.ITEM_STREAM,
                product.toString(), version, event, true);
        new RabbitTemplate(connectionFactory).send(Topology.events(CatalogMessages.CONTEXT),
                message.getMessageProperties().getType(), message);
    }

    /** {@code event} at {@code version} of the cart's stream, as shopping-cart-command's relay publishes it. */
    void publish(UUID cart, long version, CartEvent event) {
        TestMessages.publishDomainEvent(connectionFactory, codec, ShoppingCartMessages.CONTEXT,
                ShoppingCartMessages.CART_STREAM, cart.toString(), version, event);
    }

    /** Publishes {@code events} as versions 1, 2, ... of the cart's stream and waits until all are applied. */
    void history(UUID cart, List<CartEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            publish(cart, i + 1, events.get(i));
        }
        awaitCartVersion(cart, events.size());
    }

    void awaitCartVersion(UUID cart, long version) {
        await().atMost(WAIT).until(() -> StoredVersions.versionOf(mongo, CartsProjection.VIEW, cart.toString())
                == version);
    }

    void awaitPriceVersion(UUID product, long version) {
        await().atMost(WAIT).until(() -> priceVersion(product) == version);
    }

    /** The newest catalog stream version the price table applied for {@code product}, -1 while none. */
    long priceVersion(UUID product) {
        Document stored = mongo.getCollection(PricesProjection.VIEW).find(new Document("_id", product.toString()))
                .first();
        return stored == null ? -1 : stored.getList("sources", Document.class).stream()
                .mapToLong(source -> ((Number) source.get("version")).longValue()).max().orElse(0);
    }

    HttpResponse<String> get(String path, String token) {
        return TestHttp.on(port).get(path, token);
    }

    HttpResponse<String> get(String path, String token, String ifNoneMatch) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put("If-None-Match", ifNoneMatch);
        return TestHttp.on(port).get(path, headers);
    }

    static String customer(UUID user) {
        return TOKENS.valid(user.toString(), "CUSTOMER");
    }
}
