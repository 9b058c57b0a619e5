package dev.eventualshop.catalog.query.infrastructure;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.catalog.query.application.CatalogQueries;
import dev.eventualshop.catalog.query.domain.CatalogItemsProjection;
import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.projection.ProjectionStore;
import dev.eventualshop.projection.amqp.ProjectionBindings;
import dev.eventualshop.warehouse.WarehouseMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The items read model fed by Catalog's domain events and Warehouse's stock: the building blocks consume
 * {@code catalog.domain-events} through the queue {@code catalog-query.catalog.domain-events} and
 * {@code warehouse.v1.StockChanged} from {@code warehouse.events} through {@code catalog-query.warehouse.events},
 * write the documents to MongoDB and announce each write on {@code projections.updates}.
 */
@Configuration(proxyBeanMethods = false)
public class CatalogQueryConfiguration {

    @Bean
    MessageTypes catalogQueryMessageTypes() {
        return MessageTypes.merge(CatalogMessages.domainEvents(), WarehouseMessages.integrationEvents());
    }

    @Bean
    CatalogItemsProjection catalogItemsProjection() {
        return new CatalogItemsProjection();
    }

    @Bean
    ConsumerBinding catalogDomainEventsQueue(ProjectionBindings projections) {
        return projections.domainEvents();
    }

    @Bean
    ConsumerBinding warehouseEventsQueue(ProjectionBindings projections) {
        return projections.integrationEvents(WarehouseMessages.CONTEXT);
    }

    @Bean
    CatalogQueries catalogQueries(ProjectionStore store, CatalogItemsProjection items) {
        return new CatalogQueries(store, items);
    }
}
