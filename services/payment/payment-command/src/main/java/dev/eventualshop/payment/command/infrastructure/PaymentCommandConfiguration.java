package dev.eventualshop.payment.command.infrastructure;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.eventstore.pipeline.Aggregate;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.messaging.relay.IntegrationEventMapper;
import dev.eventualshop.payment.PaymentMessages;
import dev.eventualshop.payment.command.application.Acquirer;
import dev.eventualshop.payment.command.application.AcquirerCalls;
import dev.eventualshop.payment.command.application.AcquirerWorker;
import dev.eventualshop.payment.command.domain.Payment;
import dev.eventualshop.payment.command.domain.PaymentDecider;
import dev.eventualshop.payment.command.infrastructure.acquirer.SimulatedAcquirer;
import dev.eventualshop.payment.command.infrastructure.messaging.PaymentIntegrationEvents;
import dev.eventualshop.payment.command.infrastructure.persistence.AcquirerCallsProjection;
import dev.eventualshop.payment.command.infrastructure.persistence.JdbcAcquirerCalls;
import dev.eventualshop.payment.commands.PaymentCommand;
import dev.eventualshop.payment.internal.PaymentEvent;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Payment's wiring: the payment aggregate (stream id = payment id), the acquirer calls table kept inline, the
 * worker that calls the acquirer, and the mapping to {@code payment.v1} events. Commands arrive on
 * {@code payment.commands} (queue {@code payment-command.payment.commands}); the worker's reports are internal
 * commands that only this service sends itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentProperties.class)
public class PaymentCommandConfiguration {

    @Bean
    MessageTypes messageTypes() {
        return MessageTypes.merge(PaymentMessages.commands(), PaymentMessages.domainEvents(),
                PaymentMessages.integrationEvents());
    }

    @Bean
    Aggregate<PaymentCommand, Payment, PaymentEvent> payments(DataSource dataSource, Clock clock) {
        return Aggregate.builder(PaymentMessages.PAYMENT_STREAM, PaymentCommand.class, new PaymentDecider())
                .streamId(PaymentCommand::paymentId)
                .inline(new AcquirerCallsProjection(new JdbcTemplate(dataSource), clock))
                .build();
    }

    @Bean
    IntegrationEventMapper integrationEventMapper() {
        return new PaymentIntegrationEvents();
    }

    /** The only acquirer so far: a real one is another adapter of the same port, chosen here. */
    @Bean
    SimulatedAcquirer acquirer() {
        return new SimulatedAcquirer();
    }

    @Bean
    AcquirerCalls acquirerCalls(DataSource dataSource) {
        return new JdbcAcquirerCalls(new JdbcTemplate(dataSource));
    }

    @Bean
    AcquirerWorker acquirerWorker(AcquirerCalls calls, Acquirer acquirer, CommandPipeline pipeline, Clock clock,
                                  PaymentProperties properties) {
        PaymentProperties.Worker worker = properties.worker();
        return new AcquirerWorker(calls, acquirer, pipeline, clock, new AcquirerWorker.Settings(worker.pollInterval(),
                worker.lease(), worker.concurrency(), properties.acquirer().callTimeout(),
                properties.acquirer().retryAfter()));
    }
}
