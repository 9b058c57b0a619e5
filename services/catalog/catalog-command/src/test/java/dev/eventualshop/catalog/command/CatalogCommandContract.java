package dev.eventualshop.catalog.command;


import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.catalog.commands.CatalogCommand;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.messaging.testing.CommandServiceContract;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * catalog-command as it runs: its own configuration file, H2, and a broker carrying the catalog's commands as the
 * gateway publishes them (issuer = an admin's user id). Each subclass brings the broker; its context is closed
 * after it.
 */
@SpringBootTest(classes = CatalogCommandApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + CatalogCommandApplication.NAME,
                "eventualshop.messaging.consumer.retry-delay=20ms",
                "eventualshop.messaging.relay.poll-interval=100ms"})
@DirtiesContext
abstract class CatalogCommandContract extends CommandServiceContract {

    static final String ADMIN = "0b7d3c2a-1e4f-4a5b-9c6d-7e8f9a0b1c2d";
    static final Money PRICE = Money.of("19.99", "EUR");

    CatalogCommandContract() {
        super(CatalogMessages.CONTEXT);
    }

    /** A new item with a SKU of its own, as an admin creates it. */
    static CatalogCommand.CreateItem newItem(String sku) {
        return new CatalogCommand.CreateItem(UUID.randomUUID(), sku, "Mug", "A mug for tea", PRICE, "/images/mug.png");
    }

    /** A SKU no other test uses. */
    static String uniqueSku() {
        return "sku-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** {@code command} sent to {@code catalog.commands} as the gateway publishes it, by an admin. */
    UUID send(Object command) {
        UUID commandId = UUID.randomUUID();
        send(commandId, command);
        return commandId;
    }

    void send(UUID commandId, Object command) {
        send(commandId, command, ADMIN);
    }

    /** The types of the events on the stream of {@code item}, in order. */
    List<String> eventTypes(UUID item) {
        return storedEventTypes(CatalogMessages.ITEM_STREAM, item.toString());
    }
}
