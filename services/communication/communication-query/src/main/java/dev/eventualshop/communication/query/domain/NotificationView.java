package dev.eventualshop.communication.query.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What a user reads of a mail sent to them (API.md: {@code GET /api/v1/notifications}): what it was about, when
 * it was asked for and sent, and how delivery stands. The address it went to is not kept: the recipient is the
 * user ({@code recipientId}), who knows their own address.
 *
 * @param attempts          delivery attempts made so far (failed ones, and the one that succeeded)
 * @param requestedAtMillis {@code requestedAt} in epoch milliseconds, the field the listing sorts on: instants
 *                          are stored as ISO-8601 text whose fraction digits vary ({@code ...:00Z} would sort after
 *                          {@code ...:00.5Z}), a number sorts as time does
 */
public record NotificationView(UUID notificationId, UUID recipientId, String kind, String subject,
                               Instant requestedAt, long requestedAtMillis, Instant sentAt, Status status,
                               int attempts) {

    /** Where delivery stands. */
    public enum Status {
        /** Asked for, or a retry is due: an attempt is about to be made. */
        PENDING,
        /** An attempt failed; another is scheduled. */
        RETRYING,
        /** The mail server accepted the mail. */
        SENT,
        /** Every attempt failed and no more are made. */
        FAILED
    }

    public NotificationView {
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
    }

    static NotificationView requested(UUID notificationId, UUID recipientId, String kind, String subject,
                                      Instant requestedAt) {
        return new NotificationView(notificationId, recipientId, kind, subject, requestedAt,
                requestedAt.toEpochMilli(), null, Status.PENDING, 0);
    }

    NotificationView sent(int attempt, Instant at) {
        return new NotificationView(notificationId, recipientId, kind, subject, requestedAt, requestedAtMillis, at,
                Status.SENT, Math.max(attempts, attempt));
    }

    NotificationView attempted(int attempt, Status now) {
        return new NotificationView(notificationId, recipientId, kind, subject, requestedAt, requestedAtMillis, sentAt,
                now, Math.max(attempts, attempt));
    }
}
