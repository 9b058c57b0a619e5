package dev.eventualshop.communication.query.application;

import dev.eventualshop.communication.query.domain.NotificationView;
import dev.eventualshop.communication.query.domain.NotificationsProjection;
import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.projection.ProjectionStore;
import java.util.List;
import java.util.Objects;

/**
 * Reads of the notifications read model on behalf of a signed-in user. A user lists only the notifications sent
 * to them; another user's are never among them.
 */
public final class NotificationQueries {

    /** The most notifications one listing returns: the newest ones. */
    public static final int LIMIT = 100;

    private final ProjectionStore store;
    private final NotificationsProjection notifications;

    public NotificationQueries(ProjectionStore store, NotificationsProjection notifications) {
        this.store = Objects.requireNonNull(store, "store");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
    }

    /**
     * The newest {@value #LIMIT} notifications of the user {@code subject} (a token's {@code sub}), newest first.
     *
     * @param subject the user id the token was issued to; anything that is not a user id finds nothing
     */
    public List<NotificationView> own(String subject) {
        return store.listOwn(notifications, subject, NotificationsProjection.NEWEST_FIRST_BY, true, LIMIT).stream()
                .map(ProjectionDocument::view)
                .toList();
    }
}
