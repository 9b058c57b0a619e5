package dev.eventualshop.communication.query.infrastructure.web;

import dev.eventualshop.communication.query.application.NotificationQueries;
import dev.eventualshop.communication.query.domain.NotificationView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mails sent to the signed-in user, newest first, at most {@value NotificationQueries#LIMIT}. Who that is
 * comes from the token's {@code sub} and nowhere else (no parameter names a user); a user with none gets
 * {@code []}.
 */
@RestController
class NotificationController {

    private final NotificationQueries notifications;

    NotificationController(NotificationQueries notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/v1/notifications")
    List<Notification> notifications(@AuthenticationPrincipal Jwt token) {
        return notifications.own(token.getSubject()).stream().map(Notification::of).toList();
    }

    /** One notification as the API shows it: no recipient, no address. */
    record Notification(UUID notificationId, String kind, String subject, Instant requestedAt, Instant sentAt,
                        NotificationView.Status status, int attempts) {

        static Notification of(NotificationView view) {
            return new Notification(view.notificationId(), view.kind(), view.subject(), view.requestedAt(),
                    view.sentAt(), view.status(), view.attempts());
        }
    }
}
