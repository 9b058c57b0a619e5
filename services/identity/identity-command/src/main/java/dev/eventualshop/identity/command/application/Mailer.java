package dev.eventualshop.identity.command.application;

/**
 * Sends mail. Until the Communication context exists, Identity mails its links itself through this port.
 * Implementations may block and may throw; {@link MailDispatcher} calls them off the request threads and
 * retries.
 */
public interface Mailer {

    void send(Mail mail);
}
