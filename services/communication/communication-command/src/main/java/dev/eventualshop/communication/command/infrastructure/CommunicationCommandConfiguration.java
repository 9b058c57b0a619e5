package dev.eventualshop.communication.command.infrastructure;

import dev.eventualshop.communication.CommunicationMessages;
import dev.eventualshop.communication.command.application.MailDelivery;
import dev.eventualshop.communication.command.application.PendingMails;
import dev.eventualshop.communication.command.domain.Notification;
import dev.eventualshop.communication.command.domain.NotificationDecider;
import dev.eventualshop.communication.command.domain.RetryPolicy;
import dev.eventualshop.communication.command.infrastructure.mail.SmtpMailer;
import dev.eventualshop.communication.command.infrastructure.persistence.JdbcPendingMails;
import dev.eventualshop.communication.command.infrastructure.persistence.PendingMailsProjection;
import dev.eventualshop.communication.commands.CommunicationCommand;
import dev.eventualshop.communication.internal.NotificationEvent;
import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.identity.IdentityMessages;
import dev.eventualshop.order.OrderMessages;
import dev.eventualshop.eventstore.pipeline.Aggregate;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.eventstore.pipeline.DeadlineChange;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Communication's wiring: the notification aggregate (stream id = notification id), its retry deadlines, the
 * pending mails table kept inline, and the sender. Requests arrive on {@code communication.commands} (queue
 * {@code communication-command.communication.commands}); the sender's reports, the deadlines' retries and the
 * order mails ({@link OrderMailsConfiguration}) are internal commands that only this service sends itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommunicationProperties.class)
public class CommunicationCommandConfiguration {

    @Bean
    MessageTypes messageTypes() {
        return MessageTypes.merge(CommunicationMessages.commands(), CommunicationMessages.domainEvents(),
                IdentityMessages.integrationEvents(), OrderMessages.integrationEvents());
    }

    @Bean
    Aggregate<CommunicationCommand, Notification, NotificationEvent> notifications(DataSource dataSource,
                                                                                 CommunicationProperties properties) {
        CommunicationProperties.Retry retry = properties.retry();
        return Aggregate.builder(CommunicationMessages.NOTIFICATION_STREAM, CommunicationCommand.class,
                        new NotificationDecider(new RetryPolicy(retry.attempts(), retry.firstRetry(),
                                retry.longestWait())))
                .streamId(CommunicationCommand::notificationId)
                .deadlines(CommunicationCommandConfiguration::retryDeadline)
                .inline(new PendingMailsProjection(new JdbcTemplate(dataSource)))
                .build();
    }

    /** A failed attempt schedules the next one; the deadline id names the attempt, so it is scheduled once. */
    static List<DeadlineChange> retryDeadline(NotificationEvent event) {
        if (event instanceof NotificationEvent.MailDeliveryFailed failed) {
            int next = failed.attempt() + 1;
            return List.of(DeadlineChange.schedule(Uuids.v5(failed.notificationId(), "retry-" + next),
                    failed.retryAt(), new CommunicationCommand.RetryMail(failed.notificationId(), next)));
        }
        return List.of();
    }

    @Bean
    PendingMails pendingMails(DataSource dataSource) {
        return new JdbcPendingMails(new JdbcTemplate(dataSource));
    }

    @Bean
    MailDelivery mailDelivery(PendingMails mails, JavaMailSender sender, CommandPipeline pipeline, Clock clock,
                              CommunicationProperties properties) {
        CommunicationProperties.Delivery delivery = properties.delivery();
        return new MailDelivery(mails, new SmtpMailer(sender, properties.from()), pipeline, clock,
                new MailDelivery.Settings(delivery.pollInterval(), delivery.lease(), delivery.concurrency()));
    }
}
