package dev.eventualshop.communication.command.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.communication.commands.CommunicationCommand;
import dev.eventualshop.communication.internal.NotificationEvent;
import dev.eventualshop.decider.test.DeciderSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationDeciderTest {

    static final UUID MAIL = UUID.fromString("6a1f3c2e-8b4d-5e7f-9a0b-1c2d3e4f5a6b");
    static final UUID USER = UUID.fromString("3f2b8c1e-6d4a-4e0b-9a7c-1b2d3e4f5a60");
    static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");
    static final String LINK = "http://localhost:8080/confirm-email?userId=" + USER + "&token=secret-token";
    static final CommunicationCommand.SendEmailConfirmation CONFIRM = new CommunicationCommand.SendEmailConfirmation(
            MAIL, USER, "ada@example.com", LINK, AT.plus(Duration.ofHours(24)), AT);
    static final NotificationEvent.NotificationRequested REQUESTED = new NotificationEvent.NotificationRequested(MAIL,
            USER, "ada@example.com", "EMAIL_CONFIRMATION", "Confirm your EventualShop address", AT);
    static final Instant FAILED_AT = AT.plusSeconds(5);

    final DeciderSpec<CommunicationCommand, Notification, NotificationEvent> notification =
            DeciderSpec.of(new NotificationDecider(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10))));

    @Test
    void a_confirmation_request_opens_a_notification_without_its_link() {
        notification.given().when(CONFIRM)
                .then(REQUESTED)
                .thenState(state -> assertThat(state).isEqualTo(new Notification.Due(MAIL, 1)));
        assertThat(REQUESTED.toString()).doesNotContain("secret-token");
    }

    @Test
    void a_registration_notice_has_its_own_kind_and_subject() {
        notification.given().when(new CommunicationCommand.SendRegistrationNotice(MAIL, USER, " ada@example.com ", AT))
                .then(new NotificationEvent.NotificationRequested(MAIL, USER, "ada@example.com", "REGISTRATION_NOTICE",
                        "Your EventualShop account", AT));
    }

    @Test
    void a_second_request_under_the_same_id_changes_nothing() {
        notification.given(REQUESTED).when(CONFIRM).thenNothing();
        notification.given(REQUESTED, new NotificationEvent.MailSent(MAIL, 1, AT)).when(CONFIRM).thenNothing();
    }

    @Test
    void a_request_without_a_usable_address_or_link_is_invalid() {
        notification.given().when(new CommunicationCommand.SendRegistrationNotice(MAIL, USER, "not-an-address", AT))
                .thenRejects("INVALID");
        notification.given().when(new CommunicationCommand.SendRegistrationNotice(MAIL, USER, "a@b\r\nBcc: x@y", AT))
                .thenRejects("INVALID");
        notification.given().when(new CommunicationCommand.SendRegistrationNotice(MAIL, null, "ada@example.com", AT))
                .thenRejects("INVALID");
        notification.given().when(new CommunicationCommand.SendEmailConfirmation(MAIL, USER, "ada@example.com",
                "javascript:alert(1)", AT.plusSeconds(60), AT)).thenRejects("INVALID");
        notification.given().when(new CommunicationCommand.SendEmailConfirmation(MAIL, USER, "ada@example.com", LINK,
                null, AT)).thenRejects("INVALID");
    }

    @Test
    void the_sender_reports_the_due_attempt_sent() {
        notification.given(REQUESTED).when(new CommunicationCommand.RecordMailSent(MAIL, 1, AT))
                .then(new NotificationEvent.MailSent(MAIL, 1, AT))
                .thenState(state -> assertThat(state).isEqualTo(new Notification.Sent(MAIL)));
    }

    @Test
    void a_report_for_another_attempt_or_a_repeated_report_changes_nothing() {
        notification.given(REQUESTED).when(new CommunicationCommand.RecordMailSent(MAIL, 2, AT)).thenNothing();
        notification.given(REQUESTED, new NotificationEvent.MailSent(MAIL, 1, AT))
                .when(new CommunicationCommand.RecordMailSent(MAIL, 1, AT)).thenNothing();
        notification.given(REQUESTED, new NotificationEvent.MailSent(MAIL, 1, AT))
                .when(new CommunicationCommand.RecordMailFailed(MAIL, 1, "late", AT)).thenNothing();
    }

    @Test
    void a_failed_attempt_waits_for_its_retry_with_a_doubling_pause() {
        notification.given(REQUESTED).when(new CommunicationCommand.RecordMailFailed(MAIL, 1, "connection refused",
                        FAILED_AT))
                .then(new NotificationEvent.MailDeliveryFailed(MAIL, 1, "connection refused", FAILED_AT,
                        FAILED_AT.plusSeconds(1)));
        notification.given(REQUESTED, failed(1), due(2))
                .when(new CommunicationCommand.RecordMailFailed(MAIL, 2, "timeout", FAILED_AT))
                .then(new NotificationEvent.MailDeliveryFailed(MAIL, 2, "timeout", FAILED_AT, FAILED_AT.plusSeconds(2)));
    }

    @Test
    void the_retry_deadline_makes_the_next_attempt_due_once() {
        notification.given(REQUESTED, failed(1)).when(new CommunicationCommand.RetryMail(MAIL, 2))
                .then(due(2))
                .thenState(state -> assertThat(state).isEqualTo(new Notification.Due(MAIL, 2)));
        notification.given(REQUESTED, failed(1), due(2)).when(new CommunicationCommand.RetryMail(MAIL, 2)).thenNothing();
        notification.given(REQUESTED).when(new CommunicationCommand.RetryMail(MAIL, 2)).thenNothing();
    }

    @Test
    void the_last_allowed_failure_gives_the_mail_up() {
        notification.given(REQUESTED, failed(1), due(2), failed(2), due(3))
                .when(new CommunicationCommand.RecordMailFailed(MAIL, 3, "still down", FAILED_AT))
                .then(new NotificationEvent.MailAbandoned(MAIL, 3, "still down", FAILED_AT))
                .thenState(state -> assertThat(state).isEqualTo(new Notification.Abandoned(MAIL)));
    }

    @Test
    void reports_and_retries_of_an_unknown_notification_are_not_found() {
        notification.given().when(new CommunicationCommand.RecordMailSent(MAIL, 1, AT)).thenRejects("NOT_FOUND");
        notification.given().when(new CommunicationCommand.RecordMailFailed(MAIL, 1, "x", AT)).thenRejects("NOT_FOUND");
        notification.given().when(new CommunicationCommand.RetryMail(MAIL, 2)).thenRejects("NOT_FOUND");
    }

    @Test
    void an_overlong_error_is_cut_and_a_missing_one_named() {
        notification.given(REQUESTED).when(new CommunicationCommand.RecordMailFailed(MAIL, 1, "x".repeat(5000), FAILED_AT))
                .then(new NotificationEvent.MailDeliveryFailed(MAIL, 1, "x".repeat(NotificationDecider.MAX_ERROR_LENGTH),
                        FAILED_AT, FAILED_AT.plusSeconds(1)));
        notification.given(REQUESTED).when(new CommunicationCommand.RecordMailFailed(MAIL, 1, null, FAILED_AT))
                .then(new NotificationEvent.MailDeliveryFailed(MAIL, 1, "unknown failure", FAILED_AT,
                        FAILED_AT.plusSeconds(1)));
    }

    @Test
    void the_pause_doubles_up_to_the_longest_wait() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(10));
        assertThat(policy.retryAt(AT, 1)).isEqualTo(AT.plusSeconds(1));
        assertThat(policy.retryAt(AT, 2)).isEqualTo(AT.plusSeconds(2));
        assertThat(policy.retryAt(AT, 4)).isEqualTo(AT.plusSeconds(8));
        assertThat(policy.retryAt(AT, 5)).isEqualTo(AT.plusSeconds(10));
        assertThat(policy.retryAt(AT, 9)).isEqualTo(AT.plusSeconds(10));
        assertThat(policy.retriesAfter(9)).isTrue();
        assertThat(policy.retriesAfter(10)).isFalse();
    }

    private static NotificationEvent.MailDeliveryFailed failed(int attempt) {
        return new NotificationEvent.MailDeliveryFailed(MAIL, attempt, "down", FAILED_AT, FAILED_AT.plusSeconds(attempt));
    }

    private static NotificationEvent.MailRetryDue due(int attempt) {
        return new NotificationEvent.MailRetryDue(MAIL, attempt, FAILED_AT.plusSeconds(attempt - 1));
    }
}
