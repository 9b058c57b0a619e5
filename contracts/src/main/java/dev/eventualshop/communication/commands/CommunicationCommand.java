package dev.eventualshop.communication.commands;

import dev.eventualshop.contracts.InternalCommand;
import java.time.Instant;
import java.util.UUID;

/**
 * What can be asked of Communication. Every mail is a notification to one user ({@code userId}, who alone sees
 * it in {@code GET /api/v1/notifications}); {@code notificationId} is {@code Ids.mailId} of the request that
 * asked for it. A command that carries a secret (a confirmation link) is never stored as an event: Communication
 * keeps the mail's text only until it is sent.
 */
public sealed interface CommunicationCommand {

    UUID notificationId();

    /**
     * A mail another context asks for, at {@code requestedAt} (the sender's clock): the notification's time in the
     * recipient's list, and the moment its first attempt is due.
     */
    sealed interface MailRequest extends CommunicationCommand {

        UUID userId();

        String email();

        Instant requestedAt();
    }

    /** Identity asks to mail a confirmation link, valid until {@code expiresAt}, to {@code email}. */
    record SendEmailConfirmation(UUID notificationId, UUID userId, String email, String link, Instant expiresAt,
                                 Instant requestedAt) implements MailRequest {
        @Override
        public String toString() {
            return "SendEmailConfirmation[notificationId=" + notificationId + ", userId=" + userId + "]";
        }
    }

    /**
     * Identity asks to tell the owner of {@code email} that someone tried to register with it (registration
     * never reveals to the caller whether an address is taken; its owner learns instead).
     */
    record SendRegistrationNotice(UUID notificationId, UUID userId, String email, Instant requestedAt)
            implements MailRequest {
    }

    /** The sender handed attempt {@code attempt} of the mail to the SMTP server. */
    record RecordMailSent(UUID notificationId, int attempt, Instant sentAt)
            implements CommunicationCommand, InternalCommand {
    }

    /** Attempt {@code attempt} failed; {@code error} names the failure, never the mail's text. */
    record RecordMailFailed(UUID notificationId, int attempt, String error, Instant failedAt)
            implements CommunicationCommand, InternalCommand {
    }

    /** A retry deadline is due: make attempt {@code attempt} of the mail. */
    record RetryMail(UUID notificationId, int attempt) implements CommunicationCommand, InternalCommand {
    }
}
