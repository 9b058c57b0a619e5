package dev.eventualshop.communication;

import dev.eventualshop.communication.commands.CommunicationCommand;
import dev.eventualshop.communication.internal.NotificationEvent;
import dev.eventualshop.contracts.MessageTypes;

/**
 * Communication's message type names. A notification's stream is {@link #NOTIFICATION_STREAM}{@code
 * /<notificationId>}. Commands go to {@code communication.commands} with their type name as routing key.
 */
public final class CommunicationMessages {

    public static final String CONTEXT = "communication";
    public static final String NOTIFICATION_STREAM = "communication.Notification";

    private CommunicationMessages() {
    }

    /** The commands other contexts send: the ones a sender's codec must know. */
    public static MessageTypes publicCommands() {
        return MessageTypes.builder()
                .register("communication.SendEmailConfirmation", CommunicationCommand.SendEmailConfirmation.class)
                .register("communication.SendRegistrationNotice", CommunicationCommand.SendRegistrationNotice.class)
                .build();
    }

    /** Every command communication-command handles, its internal ones (reports, retries, order mails) included. */
    public static MessageTypes commands() {
        return MessageTypes.merge(publicCommands(), MessageTypes.builder()
                .register("communication.RecordMailSent", CommunicationCommand.RecordMailSent.class)
                .register("communication.RecordMailFailed", CommunicationCommand.RecordMailFailed.class)
                .register("communication.RetryMail", CommunicationCommand.RetryMail.class)
                .register("communication.SendOrderConfirmation", CommunicationCommand.SendOrderConfirmation.class)
                .register("communication.SendCancellationNotice", CommunicationCommand.SendCancellationNotice.class)
                .register("communication.SendShippingNotice", CommunicationCommand.SendShippingNotice.class)
                .build());
    }

    /** Communication's domain events, for communication-command and communication-query only. */
    public static MessageTypes domainEvents() {
        return MessageTypes.builder()
                .register("communication.NotificationRequested", NotificationEvent.NotificationRequested.class)
                .register("communication.MailSent", NotificationEvent.MailSent.class)
                .register("communication.MailDeliveryFailed", NotificationEvent.MailDeliveryFailed.class)
                .register("communication.MailRetryDue", NotificationEvent.MailRetryDue.class)
                .register("communication.MailAbandoned", NotificationEvent.MailAbandoned.class)
                .build();
    }
}
