package dev.eventualshop.shoppingcart.query.infrastructure;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.projection.ProjectionStore;
import dev.eventualshop.projection.amqp.ProjectionBindings;
import dev.eventualshop.shoppingcart.ShoppingCartMessages;
import dev.eventualshop.shoppingcart.query.application.CartQueries;
import dev.eventualshop.shoppingcart.query.domain.CartsProjection;
import dev.eventualshop.shoppingcart.query.domain.PricesProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The carts read model fed by Shopping Cart's domain events (queue {@code shopping-cart-query.shoppingcart.domain-events})
 * and the price table fed by Catalog's integration events (queue {@code shopping-cart-query.catalog.events}): the
 * building blocks consume both, write the documents to MongoDB and announce each write on
 * {@code projections.updates}.
 */
@Configuration(proxyBeanMethods = false)
public class ShoppingCartQueryConfiguration {

    @Bean
    MessageTypes shoppingCartQueryMessages() {
        return MessageTypes.merge(ShoppingCartMessages.domainEvents(), CatalogMessages.integrationEvents());
    }

    @Bean
    CartsProjection cartsProjection() {
        return new CartsProjection();
    }

    @Bean
    PricesProjection pricesProjection() {
        return new PricesProjection();
    }

    @Bean
    ConsumerBinding shoppingCartDomainEventsQueue(ProjectionBindings projections) {
        return projections.domainEvents();
    }

    @Bean
    ConsumerBinding catalogEventsQueue(ProjectionBindings projections) {
        return projections.integrationEvents(CatalogMessages.CONTEXT);
    }

    @Bean
    CartQueries cartQueries(ProjectionStore store, CartsProjection carts, PricesProjection prices) {
        return new CartQueries(store, carts, prices);
    }
}
