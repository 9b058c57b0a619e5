package dev.eventualshop.communication.query.domain;

import static dev.eventualshop.projection.ProjectionRunner.Outcome.APPLIED;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.DUPLICATE;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.communication.internal.NotificationEvent;
import dev.eventualshop.communication.query.domain.NotificationView.Status;
import dev.eventualshop.projection.test.ProjectionSpec;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationsProjectionTest {

    static final UUID MAIL = UUID.fromString("6c1d2e3f-4a5b-5c6d-8e7f-9a0b1c2d3e4f");
    static final UUID ADA = UUID.fromString("3f2b8c1e-6d4a-4e0b-9a7c-1b2d3e4f5a60");
    static final Instant REQUESTED_AT = Instant.parse("2026-05-01T12:00:00.5Z");
    static final Instant FIRST_FAILED_AT = Instant.parse("2026-05-01T12:00:01Z");
    static final Instant RETRY_AT = Instant.parse("2026-05-01T12:00:31Z");
    static final Instant SENT_AT = Instant.parse("2026-05-01T12:00:32.25Z");

    static final NotificationEvent.NotificationRequested REQUESTED = new NotificationEvent.NotificationRequested(MAIL,
            ADA, "ada@example.com", "EMAIL_CONFIRMATION", "Confirm your email", REQUESTED_AT);
    static final NotificationEvent.MailDeliveryFailed FIRST_FAILED = new NotificationEvent.MailDeliveryFailed(MAIL, 1,
            "421 try again later", FIRST_FAILED_AT, RETRY_AT);
    static final NotificationEvent.MailRetryDue SECOND_DUE = new NotificationEvent.MailRetryDue(MAIL, 2, RETRY_AT);
    static final NotificationEvent.MailSent SECOND_SENT = new NotificationEvent.MailSent(MAIL, 2, SENT_AT);
    static final NotificationEvent.MailSent FIRST_SENT = new NotificationEvent.MailSent(MAIL, 1, SENT_AT);
    static final NotificationEvent.MailDeliveryFailed SECOND_FAILED = new NotificationEvent.MailDeliveryFailed(MAIL, 2,
            "421 try again later", RETRY_AT, RETRY_AT.plusSeconds(60));
    static final NotificationEvent.MailAbandoned ABANDONED = new NotificationEvent.MailAbandoned(MAIL, 3,
            "550 mailbox unavailable", RETRY_AT.plusSeconds(61));

    final ProjectionSpec<NotificationView> notifications = ProjectionSpec.of(new NotificationsProjection())
            .onStream(MAIL.toString());

    static NotificationView view(Instant sentAt, Status status, int attempts) {
        return new NotificationView(MAIL, ADA, "EMAIL_CONFIRMATION", "Confirm your email", REQUESTED_AT,
                REQUESTED_AT.toEpochMilli(), sentAt, status, attempts);
    }

    @Test
    void a_requested_mail_is_pending_and_readable_by_its_recipient_only() {
        notifications.given().when(REQUESTED)
                .then(view(null, Status.PENDING, 0)).thenVersion(1)
                .thenOwners(ADA.toString()).thenAnnounced(1L);
    }

    @Test
    void the_recipients_address_is_not_kept() {
        assertThat(notifications.given().when(REQUESTED).document().view().toString())
                .doesNotContain("ada@example.com");
    }

    @Test
    void a_mail_sent_at_the_first_attempt_is_sent_with_its_time() {
        notifications.given(REQUESTED).when(FIRST_SENT).then(view(SENT_AT, Status.SENT, 1)).thenVersion(2);
    }

    @Test
    void a_failed_attempt_is_retrying_with_the_attempts_made() {
        notifications.given(REQUESTED).when(FIRST_FAILED).then(view(null, Status.RETRYING, 1)).thenVersion(2);
    }

    @Test
    void a_due_retry_is_pending_again_and_keeps_the_attempts_made() {
        notifications.given(REQUESTED, FIRST_FAILED).when(SECOND_DUE).then(view(null, Status.PENDING, 1));
    }

    @Test
    void a_retry_that_succeeds_is_sent() {
        notifications.given(REQUESTED, FIRST_FAILED, SECOND_DUE).when(SECOND_SENT)
                .then(view(SENT_AT, Status.SENT, 2)).thenVersion(4);
    }

    @Test
    void an_abandoned_mail_is_failed_and_never_sent() {
        notifications.given(REQUESTED, FIRST_FAILED, SECOND_DUE, SECOND_FAILED)
                .when(new NotificationEvent.MailRetryDue(MAIL, 3, RETRY_AT.plusSeconds(60)), ABANDONED)
                .then(view(null, Status.FAILED, 3)).thenVersion(6);
    }

    @Test
    void duplicates_change_nothing() {
        notifications.given(REQUESTED, FIRST_FAILED, SECOND_DUE, SECOND_SENT)
                .when(notifications.at(2, FIRST_FAILED), notifications.at(1, REQUESTED),
                        notifications.at(4, SECOND_SENT))
                .thenOutcomes(DUPLICATE, DUPLICATE, DUPLICATE)
                .then(view(SENT_AT, Status.SENT, 2)).thenVersion(4);
    }

    @Test
    void an_event_before_the_request_waits_and_shows_nothing() {
        notifications.given().when(notifications.at(2, FIRST_SENT)).thenOutcomes(WAITING).thenWaiting(2L)
                .thenNoView();
    }

    @Test
    void out_of_order_events_end_as_in_order() {
        notifications.given()
                .when(notifications.at(4, SECOND_SENT), notifications.at(2, FIRST_FAILED),
                        notifications.at(3, SECOND_DUE), notifications.at(1, REQUESTED))
                .thenOutcomes(WAITING, WAITING, WAITING, APPLIED)
                .then(view(SENT_AT, Status.SENT, 2)).thenVersion(4).thenWaiting();
    }

    @Test
    void the_mails_about_an_order_are_listed_with_their_kind_and_subject_for_the_customer() {
        for (String[] mail : new String[][]{{"ORDER_CONFIRMATION", "Your EventualShop order is confirmed"},
                {"CANCELLATION_NOTICE", "Your EventualShop order was cancelled"},
                {"SHIPPING_NOTICE", "Your EventualShop order is on its way"}}) {
            notifications.given(new NotificationEvent.NotificationRequested(MAIL, ADA, "ada@example.com", mail[0],
                            mail[1], REQUESTED_AT))
                    .when(FIRST_SENT)
                    .then(new NotificationView(MAIL, ADA, mail[0], mail[1], REQUESTED_AT, REQUESTED_AT.toEpochMilli(),
                            SENT_AT, Status.SENT, 1))
                    .thenOwners(ADA.toString());
        }
    }

    @Test
    void another_contexts_event_leaves_the_view_as_it_is() {
        NotificationView pending = view(null, Status.PENDING, 0);
        assertThat(new NotificationsProjection().evolve(pending, "not an event"))
                .isSameAs(pending);
    }
}
