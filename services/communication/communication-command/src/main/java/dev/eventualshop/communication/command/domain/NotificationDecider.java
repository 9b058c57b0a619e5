package dev.eventualshop.communication.command.domain;

import dev.eventualshop.communication.commands.CommunicationCommand;
import dev.eventualshop.communication.commands.CommunicationCommand.MailRequest;
import dev.eventualshop.communication.internal.NotificationEvent;
import dev.eventualshop.decider.Decider;
import dev.eventualshop.decider.Decision;
import java.util.Objects;

/**
 * One mail to one user. A request opens the notification (a second request under the same id changes nothing;
 * an order mail for a customer whose address is unknown is refused as {@code UNKNOWN_RECIPIENT});
 * the sender's reports move it on, each for the attempt it names only, so a late or repeated report is a no-op;
 * a failure waits for its retry deadline, and the last allowed failure gives the mail up.
 */
public final class NotificationDecider
        implements Decider<CommunicationCommand, Notification, NotificationEvent> {

    /** The longest address accepted (RFC 5321's path limit). */
    public static final int MAX_ADDRESS_LENGTH = 320;
    /** The longest link accepted in a confirmation mail. */
    public static final int MAX_LINK_LENGTH = 2000;
    /** The longest failure text kept in an event. */
    public static final int MAX_ERROR_LENGTH = 300;

    private final RetryPolicy retries;

    public NotificationDecider(RetryPolicy retries) {
        this.retries = Objects.requireNonNull(retries, "retries");
    }

    @Override
    public Notification initialState() {
        return new Notification.None();
    }

    @Override
    public Decision<NotificationEvent> decide(CommunicationCommand command, Notification state) {
        return switch (command) {
            case MailRequest request -> request(request, state);
            case CommunicationCommand.RecordMailSent sent -> sent(sent, state);
            case CommunicationCommand.RecordMailFailed failed -> failed(failed, state);
            case CommunicationCommand.RetryMail retry -> retry(retry, state);
        };
    }

    @Override
    public Notification evolve(Notification state, NotificationEvent event) {
        return switch (event) {
            case NotificationEvent.NotificationRequested requested -> new Notification.Due(requested.notificationId(), 1);
            case NotificationEvent.MailSent sent -> new Notification.Sent(sent.notificationId());
            case NotificationEvent.MailDeliveryFailed failed ->
                    new Notification.Waiting(failed.notificationId(), failed.attempt(), failed.retryAt());
            case NotificationEvent.MailRetryDue due -> new Notification.Due(due.notificationId(), due.attempt());
            case NotificationEvent.MailAbandoned abandoned -> new Notification.Abandoned(abandoned.notificationId());
        };
    }

    private static Decision<NotificationEvent> request(MailRequest request, Notification state) {
        if (!(state instanceof Notification.None)) {
            return Decision.accept();
        }
        if (request instanceof CommunicationCommand.OrderMail mail && mail.userId() != null && mail.email() == null) {
            return Decision.reject("UNKNOWN_RECIPIENT", "no confirmed address is known for this customer");
        }
        if (request.notificationId() == null || request.userId() == null || request.requestedAt() == null
                || !address(request.email())) {
            return invalid("a mail needs its id, its recipient's user id and address, and the time it was asked for");
        }
        if (request instanceof CommunicationCommand.SendEmailConfirmation confirmation
                && (!link(confirmation.link()) || confirmation.expiresAt() == null)) {
            return invalid("a confirmation mail needs an http(s) link and its expiry");
        }
        if (request instanceof CommunicationCommand.OrderMail mail && !complete(mail)) {
            return invalid("an order mail needs its order, an http(s) link to it, and a confirmation its total");
        }
        MailKind kind = MailKind.of(request);
        return Decision.accept(new NotificationEvent.NotificationRequested(request.notificationId(), request.userId(),
                request.email().strip(), kind.name(), kind.subject(), request.requestedAt()));
    }

    private static Decision<NotificationEvent> sent(CommunicationCommand.RecordMailSent sent, Notification state) {
        if (state instanceof Notification.None) {
            return notFound();
        }
        if (state instanceof Notification.Due due && due.attempt() == sent.attempt() && sent.sentAt() != null) {
            return Decision.accept(new NotificationEvent.MailSent(due.notificationId(), sent.attempt(), sent.sentAt()));
        }
        return Decision.accept();
    }

    private Decision<NotificationEvent> failed(CommunicationCommand.RecordMailFailed failed, Notification state) {
        if (state instanceof Notification.None) {
            return notFound();
        }
        if (!(state instanceof Notification.Due due) || due.attempt() != failed.attempt() || failed.failedAt() == null) {
            return Decision.accept();
        }
        String error = error(failed.error());
        if (!retries.retriesAfter(failed.attempt())) {
            return Decision.accept(new NotificationEvent.MailAbandoned(due.notificationId(), failed.attempt(), error,
                    failed.failedAt()));
        }
        return Decision.accept(new NotificationEvent.MailDeliveryFailed(due.notificationId(), failed.attempt(), error,
                failed.failedAt(), retries.retryAt(failed.failedAt(), failed.attempt())));
    }

    private static Decision<NotificationEvent> retry(CommunicationCommand.RetryMail retry, Notification state) {
        if (state instanceof Notification.None) {
            return notFound();
        }
        if (state instanceof Notification.Waiting waiting && retry.attempt() == waiting.failedAttempt() + 1) {
            return Decision.accept(new NotificationEvent.MailRetryDue(waiting.notificationId(), retry.attempt(),
                    waiting.retryAt()));
        }
        return Decision.accept();
    }

    private static boolean address(String email) {
        return email != null && !email.isBlank() && email.length() <= MAX_ADDRESS_LENGTH && email.contains("@")
                && email.chars().noneMatch(Character::isISOControl);
    }

    private static boolean complete(CommunicationCommand.OrderMail mail) {
        return mail.orderId() != null && link(mail.orderLink())
                && !(mail instanceof CommunicationCommand.SendOrderConfirmation confirmed && confirmed.total() == null);
    }

    private static boolean link(String link) {
        return link != null && link.length() <= MAX_LINK_LENGTH
                && (link.startsWith("https://") || link.startsWith("http://"))
                && link.chars().noneMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c));
    }

    private static String error(String error) {
        String text = error == null || error.isBlank() ? "unknown failure" : error.strip();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    private static Decision<NotificationEvent> notFound() {
        return Decision.reject("NOT_FOUND", "no such notification");
    }

    private static Decision<NotificationEvent> invalid(String message) {
        return Decision.reject("INVALID", message);
    }
}
