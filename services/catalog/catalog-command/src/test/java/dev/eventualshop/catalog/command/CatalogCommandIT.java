package dev.eventualshop.catalog.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.catalog.commands.CatalogCommand;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.testing.TestMessages;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * catalog-command on the embedded broker and H2: an admin's commands from {@code catalog.commands} list, price and
 * activate items, a SKU belongs to one item whatever its case, a command runs once however often delivered, the
 * relay publishes the catalog's integration events on {@code catalog.events}, and an unreadable command is
 * dead-lettered.
 */
class CatalogCommandIT extends CatalogCommandContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().commandServiceProperties("catalog-command-it")
                .forEach((name, value) -> registry.add(name, () -> value));
    }

    @Test
    void an_admin_creates_activates_and_reprices_an_item() {
        CatalogCommand.CreateItem create = newItem(uniqueSku());
        UUID item = create.itemId();

        assertSucceeded(send(create));
        assertSucceeded(send(new CatalogCommand.ActivateItem(item)));
        assertSucceeded(send(new CatalogCommand.ChangeItemPrice(item, Money.of("24.50", "EUR"))));
        assertSucceeded(send(new CatalogCommand.ChangeItemPrice(item, Money.of("24.5", "EUR"))));

        assertThat(eventTypes(item)).containsExactly("catalog.ItemCreated", "catalog.ItemActivated",
                "catalog.ItemPriceChanged");
        assertThat(jdbc.queryForObject("select payload from events where stream_id = ? and event_type = ?",
                String.class, item.toString(), "catalog.ItemPriceChanged")).contains("24.5");
    }

    @Test
    void a_sku_taken_by_another_item_is_rejected_whatever_its_case() {
        String sku = uniqueSku();
        assertSucceeded(send(newItem(sku.toLowerCase())));
        CatalogCommand.CreateItem second = newItem(sku.toUpperCase());

        assertRejected(send(second), "SKU_TAKEN");
        assertThat(eventTypes(second.itemId())).isEmpty();
    }

    @Test
    void a_second_create_for_the_same_item_is_rejected() {
        CatalogCommand.CreateItem create = newItem(uniqueSku());
        assertSucceeded(send(create));

        assertRejected(send(new CatalogCommand.CreateItem(create.itemId(), uniqueSku(), "Other", null, PRICE, null)),
                "ITEM_EXISTS");
        assertThat(eventTypes(create.itemId())).containsExactly("catalog.ItemCreated");
    }

    @Test
    void a_price_in_another_currency_and_a_command_on_a_missing_item_are_rejected() {
        CatalogCommand.CreateItem create = newItem(uniqueSku());
        assertSucceeded(send(create));

        assertRejected(send(new CatalogCommand.ChangeItemPrice(create.itemId(), Money.of("20", "USD"))),
                "UNSUPPORTED_CURRENCY");
        assertRejected(send(new CatalogCommand.ActivateItem(UUID.randomUUID())), "NOT_FOUND");
        assertThat(eventTypes(create.itemId())).containsExactly("catalog.ItemCreated");
    }

    @Test
    void a_command_delivered_twice_under_one_id_runs_once() {
        CatalogCommand.CreateItem create = newItem(uniqueSku());
        assertSucceeded(send(create));
        UUID commandId = UUID.randomUUID();
        CatalogCommand.ChangeItemDetails change = new CatalogCommand.ChangeItemDetails(create.itemId(), "Big mug",
                "A bigger mug", "https://cdn.example.com/big-mug.png");

        send(commandId, change);
        send(commandId, change);

        assertSucceeded(commandId);
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> eventTypes(create.itemId())
                .equals(List.of("catalog.ItemCreated", "catalog.ItemDetailsChanged")));
        assertThat(jdbc.queryForObject("select count(*) from commands where command_id = ?", Integer.class, commandId))
                .isEqualTo(1);
    }

    @Test
    void the_relay_publishes_the_items_integration_events_on_catalog_events() {
        CatalogCommand.CreateItem create = newItem(uniqueSku());
        String item = create.itemId().toString();
        assertSucceeded(send(create));
        assertSucceeded(send(new CatalogCommand.ActivateItem(create.itemId())));

        Predicate<Message> ofThisItem = message -> item.equals(
                message.getMessageProperties().getHeaders().get(MessageHeaders.STREAM_ID));
        List<Message> published = publishedIntegrationEvents(
                received -> received.stream().filter(ofThisItem).count() >= 2).stream().filter(ofThisItem).toList();

        assertThat(published).extracting(message -> message.getMessageProperties().getType())
                .containsExactly("catalog.v1.ItemListed", "catalog.v1.ItemActivated");
        Message listed = published.getFirst();
        assertThat(listed.getMessageProperties().<Object>getHeader(MessageHeaders.STREAM_TYPE))
                .isEqualTo(CatalogMessages.ITEM_STREAM);
        assertThat(String.valueOf(listed.getMessageProperties().<Object>getHeader(MessageHeaders.VERSION))).isEqualTo("1");
        assertThat(String.valueOf(published.get(1).getMessageProperties().<Object>getHeader(MessageHeaders.VERSION)))
                .isEqualTo("2");
        assertThat(new String(listed.getBody(), StandardCharsets.UTF_8))
                .contains(create.sku()).contains("19.99").contains("EUR").contains("\"active\":false");
    }

    @Test
    void a_malformed_command_is_dead_lettered_unread_and_changes_nothing() {
        UUID item = UUID.randomUUID();
        UUID commandId = UUID.randomUUID();
        Message message = TestMessages.command(codec, commandId, new CatalogCommand.ActivateItem(item), ADMIN);
        Message broken = new Message(("{\"itemId\": \"" + item + "\", ").getBytes(StandardCharsets.UTF_8),
                message.getMessageProperties());

        new RabbitTemplate(connectionFactory).send(Topology.commands(CatalogMessages.CONTEXT), "catalog.ActivateItem",
                broken);

        String deadLetters = Topology.deadLetters(Topology.queue(
                CatalogCommandApplication.NAME, Topology.commands(CatalogMessages.CONTEXT)));
        RabbitTemplate template = new RabbitTemplate(connectionFactory);
        List<String> deadIds = new ArrayList<>();
        await().atMost(WAIT).until(() -> {
            Message dead;
            while ((dead = template.receive(deadLetters)) != null) {
                deadIds.add(dead.getMessageProperties().getMessageId());
            }
            return deadIds.contains(commandId.toString());
        });
        assertThat(eventTypes(item)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from commands where command_id = ?", Integer.class, commandId))
                .isZero();
    }
}
