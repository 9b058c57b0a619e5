package dev.eventualshop.order.query.infrastructure;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.order.OrderMessages;
import dev.eventualshop.order.query.application.OrderQueries;
import dev.eventualshop.order.query.domain.OrdersProjection;
import dev.eventualshop.projection.ProjectionStore;
import dev.eventualshop.projection.amqp.ProjectionBindings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The orders read model fed by Order's domain events (queue {@code order-query.order.domain-events}): the building
 * blocks consume them, write the documents to MongoDB and announce each write on {@code projections.updates}.
 */
@Configuration(proxyBeanMethods = false)
public class OrderQueryConfiguration {

    @Bean
    MessageTypes orderQueryMessages() {
        return OrderMessages.domainEvents();
    }

    @Bean
    OrdersProjection ordersProjection() {
        return new OrdersProjection();
    }

    @Bean
    ConsumerBinding orderDomainEventsQueue(ProjectionBindings projections) {
        return projections.domainEvents();
    }

    @Bean
    OrderQueries orderQueries(ProjectionStore store, OrdersProjection orders) {
        return new OrderQueries(store, orders);
    }
}
