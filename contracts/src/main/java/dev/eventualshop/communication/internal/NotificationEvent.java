package dev.eventualshop.communication.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * What happened to a notification, on the stream {@code communication.Notification/<notificationId>}. No event
 * holds a mail's text: a confirmation mail's text holds a usable link.
 */
public sealed interface NotificationEvent {

    UUID notificationId();

    /** A mail to {@code to} for user {@code recipientId} was asked for; attempt 1 is due at once. */
    record NotificationRequested(UUID notificationId, UUID recipientId, String to, String kind, String subject,
                                 Instant requestedAt) implements NotificationEvent {
    }

    /** The SMTP server accepted attempt {@code attempt}. */
    record MailSent(UUID notificationId, int attempt, Instant sentAt) implements NotificationEvent {
    }

    /** Attempt {@code attempt} failed; attempt {@code attempt + 1} is due at {@code retryAt}. */
    record MailDeliveryFailed(UUID notificationId, int attempt, String error, Instant failedAt, Instant retryAt)
            implements NotificationEvent {
    }

    /** The retry deadline of attempt {@code attempt} fired: that attempt is due now. */
    record MailRetryDue(UUID notificationId, int attempt, Instant dueAt) implements NotificationEvent {
    }

    /** Attempt {@code attempt} failed and no more are made: the mail is given up. */
    record MailAbandoned(UUID notificationId, int attempt, String error, Instant abandonedAt)
            implements NotificationEvent {
    }
}
