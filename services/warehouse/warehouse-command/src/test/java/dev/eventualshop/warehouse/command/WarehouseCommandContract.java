package dev.eventualshop.warehouse.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.catalog.v1.CatalogIntegrationEvent;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.CommandServiceContract;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.warehouse.WarehouseMessages;
import dev.eventualshop.warehouse.commands.StockCommand;
import dev.eventualshop.warehouse.v1.WarehouseIntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * warehouse-command as it runs: its own configuration file, H2, and a broker carrying Catalog's listings as
 * Catalog's relay publishes them and Warehouse's commands as the gateway and the order saga publish them. Each
 * subclass brings the broker; its context is closed after it.
 */
@SpringBootTest(classes = WarehouseCommandApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + WarehouseCommandApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms",
                "eventualshop.messaging.relay.poll-interval=100ms",
                "eventualshop.eventstore.max-attempts=50",
                // Reservation expiry in test time: deadlines looked for often, released soon after their expiry.
                "eventualshop.eventstore.deadlines.poll-interval=100ms",
                "eventualshop.warehouse.reservation-release-grace=200ms"})
@DirtiesContext
abstract class WarehouseCommandContract extends CommandServiceContract {

    static final String ADMIN = "5e0c7a1b-2d3f-4a5b-8c9d-0e1f2a3b4c5d";

    /** What the test queues received so far: a drained message is gone from its queue. */
    private final List<Message> receivedStockChanges = new ArrayList<>();
    private final List<Message> receivedDomainEvents = new ArrayList<>();

    WarehouseCommandContract() {
        super(WarehouseMessages.CONTEXT);
    }

    /** {@code catalog.v1.ItemListed} as Catalog's relay publishes it, under the message id {@code messageId}. */
    void publishListed(UUID messageId, UUID productId) {
        Message message = TestMessages.event(codec, messageId, CatalogMessages.ITEM_STREAM, productId.toString(), 1,
                new CatalogIntegrationEvent.ItemListed(productId, "SKU-" + productId.toString().substring(0, 8),
                        "Mug", "A mug", Money.of("9.90", "EUR"), null, false), true);
        new RabbitTemplate(connectionFactory).send(Topology.events(CatalogMessages.CONTEXT),
                message.getMessageProperties().getType(), message);
    }

    /** Catalog's listing of {@code product} delivered twice under one message id, awaited until its stock opens. */
    void listTwice(UUID messageId, UUID product) {
        publishListed(messageId, product);
        publishListed(messageId, product);
        await().atMost(WAIT).until(() -> eventTypes(product).contains("warehouse.StockOpened"));
    }

    /** A listed product whose stock is open and holds {@code onHand} units (received by an ADMIN). */
    UUID stocked(long onHand) {
        UUID product = UUID.randomUUID();
        publishListed(UUID.randomUUID(), product);
        await().atMost(WAIT).until(() -> eventTypes(product).contains("warehouse.StockOpened"));
        if (onHand > 0) {
            assertSucceeded(send(new StockCommand.ReceiveStock(product, onHand)));
        }
        return product;
    }

    /** {@code command} sent to {@code warehouse.commands} as the gateway publishes it, by an ADMIN. */
    UUID send(Object command) {
        UUID commandId = UUID.randomUUID();
        send(commandId, command, ADMIN);
        return commandId;
    }

    /** The types of the events on the stock stream of {@code product}, in order. */
    List<String> eventTypes(UUID product) {
        return storedEventTypes(WarehouseMessages.STOCK_STREAM, product.toString());
    }

    /** Waits until the relay has published every recorded command's messages and marked it sent. */
    void awaitAllSent() {
        await().atMost(WAIT).until(() -> jdbc.queryForObject("select count(*) from commands where sent = false",
                Integer.class) == 0);
    }

    /** The domain events of {@code product}'s stock the relay published on {@code warehouse.domain-events}, by type. */
    List<String> publishedDomainEventTypes(UUID product, int atLeast) {
        await().atMost(WAIT).until(() -> {
            receivedDomainEvents.addAll(newDomainEvents());
            return receivedDomainEvents.stream().filter(ofStock(product)).count() >= atLeast;
        });
        return receivedDomainEvents.stream().filter(ofStock(product))
                .map(message -> message.getMessageProperties().getType()).toList();
    }

    /** The {@code warehouse.v1.StockChanged} of {@code product} at stream {@code version}, from {@code warehouse.events}. */
    WarehouseIntegrationEvent.StockChanged stockChange(UUID product, long version) {
        Message change = await().atMost(WAIT).until(() -> {
            receivedStockChanges.addAll(newIntegrationEvents());
            return receivedStockChanges.stream()
                    .filter(ofStock(product))
                    .filter(message -> Long.valueOf(version).equals(((Number) message.getMessageProperties()
                            .getHeaders().get(MessageHeaders.VERSION)).longValue()))
                    .findFirst().orElse(null);
        }, Objects::nonNull);
        assertThat(change.getMessageProperties().getType()).isEqualTo("warehouse.v1.StockChanged");
        return (WarehouseIntegrationEvent.StockChanged) codec.deserialize(change.getMessageProperties().getType(),
                ((Number) change.getMessageProperties().getHeaders().get(MessageHeaders.REVISION)).intValue(),
                new String(change.getBody(), StandardCharsets.UTF_8));
    }

    /** A message of the stock stream of {@code product}, by its {@code es-stream-id} header. */
    private static Predicate<Message> ofStock(UUID product) {
        return message -> product.toString().equals(message.getMessageProperties().getHeaders()
                .get(MessageHeaders.STREAM_ID));
    }
}
