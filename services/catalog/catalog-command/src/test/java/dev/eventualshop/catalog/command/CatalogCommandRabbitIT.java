package dev.eventualshop.catalog.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.catalog.commands.CatalogCommand;
import dev.eventualshop.messaging.testing.RealRabbit;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The smoke test on this machine's real RabbitMQ (a virtual host of its own): an admin lists and activates an item,
 * another item with the same SKU in another case is REJECTED(SKU_TAKEN), and the relay publishes on
 * {@code catalog.events}.
 */
class CatalogCommandRabbitIT extends CatalogCommandContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        String vhost = RealRabbit.createVirtualHost("catalog-command");
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:mem:catalog-command-rabbit-it;MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
        registry.add("spring.rabbitmq.host", () -> RealRabbit.HOST);
        registry.add("spring.rabbitmq.port", () -> RealRabbit.PORT);
        registry.add("spring.rabbitmq.username", () -> "guest");
        registry.add("spring.rabbitmq.password", () -> "guest");
        registry.add("spring.rabbitmq.virtual-host", () -> vhost);
    }

    @Test
    void an_item_is_listed_and_activated_once_per_sku_and_published() {
        String sku = uniqueSku();
        CatalogCommand.CreateItem create = newItem(sku);
        UUID item = create.itemId();

        assertSucceeded(send(create));
        assertSucceeded(send(new CatalogCommand.ActivateItem(item)));
        assertRejected(send(newItem(sku.toUpperCase())), "SKU_TAKEN");

        assertThat(eventTypes(item)).containsExactly("catalog.ItemCreated", "catalog.ItemActivated");
        assertThat(publishedIntegrationEvents(received -> received.size() >= 2))
                .extracting(message -> message.getMessageProperties().getType())
                .contains("catalog.v1.ItemListed", "catalog.v1.ItemActivated");
    }
}
