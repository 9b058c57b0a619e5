package dev.eventualshop.catalog.command.infrastructure;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.catalog.command.domain.Item;
import dev.eventualshop.catalog.command.domain.ItemDecider;
import dev.eventualshop.catalog.command.infrastructure.messaging.CatalogIntegrationEvents;
import dev.eventualshop.catalog.commands.CatalogCommand;
import dev.eventualshop.catalog.internal.CatalogEvent;
import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.eventstore.pipeline.Aggregate;
import dev.eventualshop.eventstore.pipeline.ClaimChange;
import dev.eventualshop.messaging.relay.IntegrationEventMapper;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Catalog's wiring: the item aggregate (stream id = item id = product id, one item per SKU as a claim on its
 * upper-cased form), the message types it reads and writes, and the integration events its relay publishes to
 * {@code catalog.events}. Commands arrive on {@code catalog.commands} (queue
 * {@code catalog-command.catalog.commands}), bound by the messaging building block.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogProperties.class)
public class CatalogCommandConfiguration {

    /** The claim scope that keeps one item per SKU. */
    public static final String SKU_SCOPE = "catalog-sku";
    /** The rejection of an item whose SKU another item has, in any case. */
    public static final String SKU_TAKEN = "SKU_TAKEN";

    @Bean
    MessageTypes messageTypes() {
        return MessageTypes.merge(CatalogMessages.commands(), CatalogMessages.domainEvents(),
                CatalogMessages.integrationEvents());
    }

    @Bean
    Aggregate<CatalogCommand, Item, CatalogEvent> items(CatalogProperties properties) {
        return Aggregate.builder(CatalogMessages.ITEM_STREAM, CatalogCommand.class,
                        new ItemDecider(properties.currency()))
                .streamId(CatalogCommand::itemId)
                .claims(event -> event instanceof CatalogEvent.ItemCreated created
                        ? List.of(ClaimChange.take(SKU_SCOPE, ItemDecider.skuKey(created.sku()), SKU_TAKEN))
                        : List.of())
                .build();
    }

    @Bean
    IntegrationEventMapper integrationEventMapper() {
        return new CatalogIntegrationEvents();
    }
}
