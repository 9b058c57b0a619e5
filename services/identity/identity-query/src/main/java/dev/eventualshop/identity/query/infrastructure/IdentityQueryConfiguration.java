package dev.eventualshop.identity.query.infrastructure;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.identity.IdentityMessages;
import dev.eventualshop.identity.query.application.UserQueries;
import dev.eventualshop.identity.query.domain.UsersProjection;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.projection.ProjectionStore;
import dev.eventualshop.projection.amqp.ProjectionBindings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The users read model fed by Identity's domain events: the building blocks consume
 * {@code identity.domain-events} through the queue {@code identity-query.identity.domain-events}, write the
 * documents to MongoDB and announce each write on {@code projections.updates}.
 */
@Configuration(proxyBeanMethods = false)
public class IdentityQueryConfiguration {

    /** Only identity's own domain events: this service reads nothing of other contexts. */
    @Bean
    MessageTypes identityDomainEvents() {
        return IdentityMessages.domainEvents();
    }

    @Bean
    UsersProjection usersProjection() {
        return new UsersProjection();
    }

    @Bean
    ConsumerBinding identityDomainEventsQueue(ProjectionBindings projections) {
        return projections.domainEvents();
    }

    @Bean
    UserQueries userQueries(ProjectionStore store, UsersProjection users) {
        return new UserQueries(store, users);
    }
}
