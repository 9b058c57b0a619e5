package dev.eventualshop.communication.command.infrastructure;

import dev.eventualshop.communication.command.application.OrderMails;
import dev.eventualshop.communication.command.infrastructure.messaging.IdentityRecipientFeed;
import dev.eventualshop.communication.command.infrastructure.persistence.JdbcRecipients;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.messaging.command.Reaction;
import dev.eventualshop.messaging.config.MessagingProperties;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.order.OrderMessages;
import dev.eventualshop.order.v1.OrderIntegrationEvent;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mails about a customer's orders: the recipients table fed from {@code identity.events} (queue
 * {@code communication-command.identity.events}) and one reaction per {@code order.v1} event on {@code order.events}
 * (queue {@code communication-command.order.events}, bound by the messaging building block). Both are integration
 * events published without mandatory routing (ADR 0006): the queues must exist before Identity's and Order's relays
 * publish, so communication-command starts before them.
 */
@Configuration(proxyBeanMethods = false)
public class OrderMailsConfiguration {

    /** The reactions' names: part of the id of every command they send, so never rename them. */
    public static final String ON_CONFIRMED = "communication-mails-order-confirmed";
    public static final String ON_CANCELLED = "communication-mails-order-cancelled";
    public static final String ON_SHIPPED = "communication-mails-order-shipped";

    @Bean
    JdbcRecipients recipients(DataSource dataSource) {
        return new JdbcRecipients(new JdbcTemplate(dataSource));
    }

    @Bean
    ConsumerBinding identityRecipientFeed(MessagingProperties messaging, MessageCodec codec,
                                          JdbcRecipients recipients) {
        return IdentityRecipientFeed.binding(messaging.service(), codec, recipients);
    }

    @Bean
    OrderMails orderMails(JdbcRecipients recipients, Clock clock, CommunicationProperties properties) {
        return new OrderMails(recipients, clock, properties.storefrontUrl());
    }

    @Bean
    Reaction<OrderIntegrationEvent.OrderConfirmed> mailOnOrderConfirmed(OrderMails mails) {
        return new Reaction<>(ON_CONFIRMED, OrderMessages.CONTEXT, OrderIntegrationEvent.OrderConfirmed.class,
                mails::confirmed);
    }

    @Bean
    Reaction<OrderIntegrationEvent.OrderCancelled> mailOnOrderCancelled(OrderMails mails) {
        return new Reaction<>(ON_CANCELLED, OrderMessages.CONTEXT, OrderIntegrationEvent.OrderCancelled.class,
                mails::cancelled);
    }

    @Bean
    Reaction<OrderIntegrationEvent.OrderShipped> mailOnOrderShipped(OrderMails mails) {
        return new Reaction<>(ON_SHIPPED, OrderMessages.CONTEXT, OrderIntegrationEvent.OrderShipped.class,
                mails::shipped);
    }
}
