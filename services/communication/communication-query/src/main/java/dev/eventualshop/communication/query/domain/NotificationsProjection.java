package dev.eventualshop.communication.query.domain;

import dev.eventualshop.communication.CommunicationMessages;
import dev.eventualshop.communication.internal.NotificationEvent;
import dev.eventualshop.projection.Projection;
import java.util.Set;

/**
 * The notifications read model: one {@link NotificationView} per notification stream
 * ({@code communication.Notification/<notificationId>}), at the stream's version, readable by its recipient only
 * (their user id, their tokens' sub).
 */
public final class NotificationsProjection implements Projection<NotificationView> {

    public static final String VIEW = "communication.Notifications";

    /** The view's field a user's notifications are listed by, newest first. */
    public static final String NEWEST_FIRST_BY = "requestedAtMillis";

    @Override
    public String view() {
        return VIEW;
    }

    @Override
    public Class<NotificationView> viewType() {
        return NotificationView.class;
    }

    @Override
    public String streamType() {
        return CommunicationMessages.NOTIFICATION_STREAM;
    }

    @Override
    public NotificationView evolve(NotificationView notification, Object event) {
        if (!(event instanceof NotificationEvent notificationEvent)) {
            return notification;
        }
        if (notification == null && !(notificationEvent instanceof NotificationEvent.NotificationRequested)) {
            return null;
        }
        return switch (notificationEvent) {
            case NotificationEvent.NotificationRequested requested -> NotificationView.requested(
                    requested.notificationId(), requested.recipientId(), requested.kind(), requested.subject(),
                    requested.requestedAt());
            case NotificationEvent.MailSent sent -> notification.sent(sent.attempt(), sent.sentAt());
            case NotificationEvent.MailDeliveryFailed failed ->
                    notification.attempted(failed.attempt(), NotificationView.Status.RETRYING);
            // Attempt n is due: n - 1 attempts were made.
            case NotificationEvent.MailRetryDue due ->
                    notification.attempted(due.attempt() - 1, NotificationView.Status.PENDING);
            case NotificationEvent.MailAbandoned abandoned ->
                    notification.attempted(abandoned.attempt(), NotificationView.Status.FAILED);
        };
    }

    @Override
    public Set<String> owners(NotificationView notification) {
        return Set.of(notification.recipientId().toString());
    }
}
