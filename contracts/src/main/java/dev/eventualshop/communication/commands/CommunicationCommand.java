package dev.eventualshop.communication.commands;

import dev.eventualshop.contracts.InternalCommand;
import dev.eventualshop.contracts.Money;
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

    /**
     * A mail about a customer's order. Only Communication's own reactions to Order's {@code order.v1} events ask
     * for one, with the address they know for the customer ({@code null} when none is known: the request is then
     * refused, visibly) and a link to the order's page in the storefront.
     */
    sealed interface OrderMail extends MailRequest, InternalCommand {

        UUID orderId();

        String orderLink();
    }

    /** Tells the customer their order is confirmed, for {@code total}. */
    record SendOrderConfirmation(UUID notificationId, UUID userId, String email, UUID orderId, Money total,
                                 String orderLink, Instant requestedAt) implements OrderMail {
        @Override
        public String toString() {
            return "SendOrderConfirmation[notificationId=" + notificationId + ", orderId=" + orderId + "]";
        }
    }

    /**
     * Tells the customer their order is cancelled for {@code reason} (an {@code order.v1} cancellation reason) and,
     * when {@code refunded}, that the money taken is given back.
     */
    record SendCancellationNotice(UUID notificationId, UUID userId, String email, UUID orderId, String reason,
                                  boolean refunded, String orderLink, Instant requestedAt) implements OrderMail {
        @Override
        public String toString() {
            return "SendCancellationNotice[notificationId=" + notificationId + ", orderId=" + orderId + "]";
        }
    }

    /** Tells the customer their order left the warehouse. */
    record SendShippingNotice(UUID notificationId, UUID userId, String email, UUID orderId, String orderLink,
                              Instant requestedAt) implements OrderMail {
        @Override
        public String toString() {
            return "SendShippingNotice[notificationId=" + notificationId + ", orderId=" + orderId + "]";
        }
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
