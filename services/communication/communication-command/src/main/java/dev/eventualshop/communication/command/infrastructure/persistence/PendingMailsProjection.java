package dev.eventualshop.communication.command.infrastructure.persistence;

import dev.eventualshop.communication.command.application.MailTexts;
import dev.eventualshop.communication.commands.CommunicationCommand.MailRequest;
import dev.eventualshop.communication.internal.NotificationEvent;
import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.RecordedEvent;
import dev.eventualshop.eventstore.pipeline.InlineProjection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code pending_mails} in step with the notifications' events, inside the append transaction. The mail's
 * text comes from the request that caused {@code NotificationRequested} (the event holds no text); it is deleted
 * once the mail is sent or given up.
 */
public final class PendingMailsProjection implements InlineProjection<NotificationEvent> {

    private final JdbcTemplate jdbc;

    public PendingMailsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void apply(CommandEnvelope<?> envelope, List<RecordedEvent<NotificationEvent>> events) {
        for (RecordedEvent<NotificationEvent> event : events) {
            switch (event.payload()) {
                case NotificationEvent.NotificationRequested requested -> {
                    MailRequest request = (MailRequest) envelope.command();
                    jdbc.update("""
                            insert into pending_mails (notification_id, recipient, subject, body, attempt, state, due_at)
                            values (?, ?, ?, ?, 1, 'DUE', ?)""", requested.notificationId(), requested.to(),
                            requested.subject(), MailTexts.body(request), utc(requested.requestedAt()));
                }
                case NotificationEvent.MailSent sent -> delete(sent);
                case NotificationEvent.MailAbandoned abandoned -> delete(abandoned);
                case NotificationEvent.MailDeliveryFailed failed -> jdbc.update("""
                        update pending_mails set state = 'WAITING', due_at = ?, lease_until = null
                        where notification_id = ?""", utc(failed.retryAt()), failed.notificationId());
                case NotificationEvent.MailRetryDue due -> jdbc.update("""
                        update pending_mails set state = 'DUE', attempt = ?, due_at = ?, lease_until = null
                        where notification_id = ?""", due.attempt(), utc(due.dueAt()), due.notificationId());
            }
        }
    }

    private void delete(NotificationEvent event) {
        jdbc.update("delete from pending_mails where notification_id = ?", event.notificationId());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
