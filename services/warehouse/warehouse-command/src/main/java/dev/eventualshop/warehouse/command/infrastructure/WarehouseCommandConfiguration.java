package dev.eventualshop.warehouse.command.infrastructure;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.catalog.v1.CatalogIntegrationEvent;
import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.eventstore.pipeline.Aggregate;
import dev.eventualshop.messaging.command.Reaction;
import dev.eventualshop.messaging.relay.IntegrationEventMapper;
import dev.eventualshop.warehouse.WarehouseMessages;
import dev.eventualshop.warehouse.command.domain.Stock;
import dev.eventualshop.warehouse.command.domain.StockDecider;
import dev.eventualshop.warehouse.command.infrastructure.messaging.WarehouseIntegrationEvents;
import dev.eventualshop.warehouse.commands.StockCommand;
import dev.eventualshop.warehouse.internal.StockEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Warehouse's wiring: the stock aggregate (stream id = product id; a reservation targets every product it names,
 * appended all or none; an expiring reservation schedules its own release, {@link ReservationExpiry}), the message
 * types it reads and writes, the reaction that opens a stock for each item Catalog lists, and the mapping to
 * {@code warehouse.v1.StockChanged}. Commands arrive on
 * {@code warehouse.commands} (queue {@code warehouse-command.warehouse.commands}), Catalog's integration events on
 * {@code catalog.events} (queue {@code warehouse-command.catalog.events}); both are bound by the messaging
 * building block.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WarehouseProperties.class)
public class WarehouseCommandConfiguration {

    /** The reaction's name: part of the id of every command it sends, so never rename it. */
    public static final String OPEN_STOCK_REACTION = "warehouse-opens-stock-on-item-listed";
    /**
     * A popular product's stream grows by two events per order (reserved, then committed or released), so its
     * state is kept as a snapshot every this many events.
     */
    public static final int SNAPSHOT_EVERY = 100;
    /** The revision of {@link Stock}'s shape in snapshots: raise it when the shape changes. */
    static final int STOCK_STATE_REVISION = 2;

    @Bean
    MessageTypes messageTypes() {
        return MessageTypes.merge(WarehouseMessages.commands(), WarehouseMessages.domainEvents(),
                WarehouseMessages.integrationEvents(), CatalogMessages.integrationEvents());
    }

    @Bean
    Aggregate<StockCommand, Stock, StockEvent> stocks(WarehouseProperties properties) {
        return Aggregate.builder(WarehouseMessages.STOCK_STREAM, StockCommand.class, new StockDecider())
                .streams(StockStreams::of)
                .deadlines(new ReservationExpiry(properties.reservationReleaseGrace())::deadlines)
                .snapshotEvery(SNAPSHOT_EVERY, Stock.class, STOCK_STATE_REVISION)
                .build();
    }

    /**
     * Each listed item gets an empty stock under its product id. A redelivered listing sends the same command id
     * (derived from the message id and this reaction's name), which the pipeline executes once.
     */
    @Bean
    Reaction<CatalogIntegrationEvent.ItemListed> openStockOnItemListed() {
        return new Reaction<>(OPEN_STOCK_REACTION, CatalogMessages.CONTEXT, CatalogIntegrationEvent.ItemListed.class,
                listed -> new StockCommand.OpenStock(listed.productId(), listed.sku()));
    }

    @Bean
    IntegrationEventMapper integrationEventMapper() {
        return new WarehouseIntegrationEvents();
    }
}
