package dev.eventualshop.payment.query.infrastructure;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.payment.PaymentMessages;
import dev.eventualshop.payment.query.application.PaymentQueries;
import dev.eventualshop.payment.query.domain.PaymentsProjection;
import dev.eventualshop.projection.ProjectionStore;
import dev.eventualshop.projection.amqp.ProjectionBindings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The payments read model fed by Payment's domain events (queue {@code payment-query.payment.domain-events}, the
 * queue that makes payment-command's mandatory publishes routable): the building blocks consume them, write the
 * documents to MongoDB and announce each write on {@code projections.updates}.
 */
@Configuration(proxyBeanMethods = false)
public class PaymentQueryConfiguration {

    @Bean
    MessageTypes paymentQueryMessages() {
        return PaymentMessages.domainEvents();
    }

    @Bean
    PaymentsProjection paymentsProjection() {
        return new PaymentsProjection();
    }

    @Bean
    ConsumerBinding paymentDomainEventsQueue(ProjectionBindings projections) {
        return projections.domainEvents();
    }

    @Bean
    PaymentQueries paymentQueries(ProjectionStore store, PaymentsProjection payments) {
        return new PaymentQueries(store, payments);
    }
}
