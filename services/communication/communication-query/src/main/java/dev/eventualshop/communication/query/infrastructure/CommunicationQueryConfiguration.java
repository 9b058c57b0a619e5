package dev.eventualshop.communication.query.infrastructure;

import dev.eventualshop.communication.CommunicationMessages;
import dev.eventualshop.communication.query.application.NotificationQueries;
import dev.eventualshop.communication.query.domain.NotificationsProjection;
import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.projection.ProjectionStore;
import dev.eventualshop.projection.amqp.ProjectionBindings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notifications read model fed by Communication's domain events: the building blocks consume
 * {@code communication.domain-events} through the queue {@code communication-query.communication.domain-events},
 * write the documents to MongoDB and announce each write on {@code projections.updates}.
 */
@Configuration(proxyBeanMethods = false)
public class CommunicationQueryConfiguration {

    @Bean
    MessageTypes communicationDomainEvents() {
        return CommunicationMessages.domainEvents();
    }

    @Bean
    NotificationsProjection notificationsProjection() {
        return new NotificationsProjection();
    }

    @Bean
    ConsumerBinding communicationDomainEventsQueue(ProjectionBindings projections) {
        return projections.domainEvents();
    }

    @Bean
    NotificationQueries notificationQueries(ProjectionStore store, NotificationsProjection notifications) {
        return new NotificationQueries(store, notifications);
    }
}
