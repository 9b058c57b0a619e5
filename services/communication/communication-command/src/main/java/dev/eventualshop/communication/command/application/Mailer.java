package dev.eventualshop.communication.command.application;

/** Hands a mail to the mail server; throws when the server does not accept it. */
@FunctionalInterface
public interface Mailer {

    void send(PendingMail mail);
}
