package dev.eventualshop.account.query.infrastructure;

import dev.eventualshop.account.AccountMessages;
import dev.eventualshop.account.query.application.AccountQueries;
import dev.eventualshop.account.query.domain.AccountsProjection;
import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.projection.ProjectionStore;
import dev.eventualshop.projection.amqp.ProjectionBindings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The accounts read model fed by Account's domain events: the building blocks consume
 * {@code account.domain-events} through the queue {@code account-query.account.domain-events}, write the documents
 * to MongoDB and announce each write on {@code projections.updates}.
 */
@Configuration(proxyBeanMethods = false)
public class AccountQueryConfiguration {

    @Bean
    MessageTypes accountDomainEvents() {
        return AccountMessages.domainEvents();
    }

    @Bean
    AccountsProjection accountsProjection() {
        return new AccountsProjection();
    }

    @Bean
    ConsumerBinding accountDomainEventsQueue(ProjectionBindings projections) {
        return projections.domainEvents();
    }

    @Bean
    AccountQueries accountQueries(ProjectionStore store, AccountsProjection accounts) {
        return new AccountQueries(store, accounts);
    }
}
