package dev.eventualshop.shoppingcart.command;

import static org.awaitility.Awaitility.await;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.catalog.v1.CatalogIntegrationEvent;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.identity.IdentityMessages;
import dev.eventualshop.identity.v1.IdentityIntegrationEvent;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.CommandServiceContract;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.shoppingcart.ShoppingCartMessages;
import dev.eventualshop.shoppingcart.commands.CartCommand;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * shopping-cart-command as it runs: its own configuration file, H2, and a broker carrying Catalog's integration
 * events as Catalog's relay publishes them and the cart commands as the gateway publishes them (issuer = the
 * caller's user id). Each subclass brings the broker; its context is closed after it.
 */
@SpringBootTest(classes = ShoppingCartCommandApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + ShoppingCartCommandApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms",
                "eventualshop.messaging.relay.poll-interval=100ms"})
@DirtiesContext
abstract class ShoppingCartCommandContract extends CommandServiceContract {

    static final Money PRICE = Money.of("19.99", "EUR");

    ShoppingCartCommandContract() {
        super(ShoppingCartMessages.CONTEXT);
    }

    /** Catalog's exchange, which the service reads its price list from, exists before a test publishes to it. */
    @BeforeEach
    void declareCatalogEvents() {
        new RabbitAdmin(connectionFactory).declareExchange(Topology.exchange(Topology.events(CatalogMessages.CONTEXT)));
    }

    /** Points the service at an in-memory H2 database of its own. */
    static void database(DynamicPropertyRegistry registry, String name) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + name + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
    }

    /** A user id of a customer of its own. */
    static String customer() {
        return UUID.randomUUID().toString();
    }

    /** {@code event} of {@code product}'s item stream at {@code version}, as Catalog's relay publishes it. */
    void publishCatalogEvent(UUID product, long version, CatalogIntegrationEvent event) {
        Message message = catalogEvent(product, version, event);
        new RabbitTemplate(connectionFactory).send(Topology.events(CatalogMessages.CONTEXT),
                message.getMessageProperties().getType(), message);
    }

    /**
     * A product Catalog listed at {@link #PRICE} and activated, once the price list has it. Both events go out on
     * one channel, as the relay publishes a stream: messages sent on two channels may reach the queue in either
     * order, and the activation, parked after its attempts while the listing had not arrived, held the listing
     * back behind it.
     */
    UUID productOnSale() {
        UUID product = UUID.randomUUID();
        Message listed = catalogEvent(product, 1, new CatalogIntegrationEvent.ItemListed(product,
                "sku-" + product.toString().substring(0, 8), "Mug", "A mug", PRICE, null, false));
        Message activated = catalogEvent(product, 2, new CatalogIntegrationEvent.ItemActivated(product));
        new RabbitTemplate(connectionFactory).invoke(channel -> {
            for (Message message : List.of(listed, activated)) {
                channel.send(Topology.events(CatalogMessages.CONTEXT), message.getMessageProperties().getType(),
                        message);
            }
            return null;
        });
        awaitPriceListVersion(product, 2);
        return product;
    }

    private Message catalogEvent(UUID product, long version, CatalogIntegrationEvent event) {
        return TestMessages.event(codec, UUID.randomUUID(), CatalogMessages.ITEM_STREAM, product.toString(), version,
                event, true);
    }

    /** A customer whose email address Identity confirmed, once the customer table has them. */
    String confirmedCustomer() {
        UUID user = UUID.randomUUID();
        Message confirmed = TestMessages.event(codec, UUID.randomUUID(), IdentityMessages.USER_STREAM, user.toString(),
                3, new IdentityIntegrationEvent.EmailConfirmed(user, "someone@example.com"), true);
        new RabbitTemplate(connectionFactory).send(Topology.events(IdentityMessages.CONTEXT),
                confirmed.getMessageProperties().getType(), confirmed);
        await().atMost(WAIT).until(() -> jdbc.queryForObject("select count(*) from customers where customer_id = ?",
                Integer.class, user.toString()), count -> count == 1);
        return user.toString();
    }

    void awaitPriceListVersion(UUID product, long version) {
        await().atMost(WAIT).until(() -> jdbc.queryForList("select version from price_list where product_id = ?",
                Long.class, product), versions -> versions.equals(List.of(version)));
    }

    /** {@code command} sent to {@code shoppingcart.commands} as the gateway publishes it, issued by {@code issuer}. */
    UUID send(CartCommand command) {
        UUID commandId = UUID.randomUUID();
        send(commandId, command, command.issuer());
        return commandId;
    }

    /** The types of the events on the stream of {@code cart}, in order. */
    List<String> eventTypes(UUID cart) {
        return storedEventTypes(ShoppingCartMessages.CART_STREAM, cart.toString());
    }

    /** The versions of the events on the stream of {@code cart}, in order. */
    List<Long> versions(UUID cart) {
        return jdbc.queryForList("select version from events where stream_type = ? and stream_id = ? order by version",
                Long.class, ShoppingCartMessages.CART_STREAM, cart.toString());
    }
}
