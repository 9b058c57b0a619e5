package dev.eventualshop.warehouse.query.infrastructure;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.projection.ProjectionStore;
import dev.eventualshop.projection.amqp.ProjectionBindings;
import dev.eventualshop.warehouse.WarehouseMessages;
import dev.eventualshop.warehouse.query.application.StockQueries;
import dev.eventualshop.warehouse.query.domain.StockProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The stock read model fed by Warehouse's domain events: the building blocks consume
 * {@code warehouse.domain-events} through the queue {@code warehouse-query.warehouse.domain-events}, write the
 * documents to MongoDB and announce each write on {@code projections.updates}.
 */
@Configuration(proxyBeanMethods = false)
public class WarehouseQueryConfiguration {

    @Bean
    MessageTypes warehouseDomainEvents() {
        return WarehouseMessages.domainEvents();
    }

    @Bean
    StockProjection stockProjection() {
        return new StockProjection();
    }

    @Bean
    ConsumerBinding warehouseDomainEventsQueue(ProjectionBindings projections) {
        return projections.domainEvents();
    }

    @Bean
    StockQueries stockQueries(ProjectionStore store, StockProjection stocks) {
        return new StockQueries(store, stocks);
    }
}
