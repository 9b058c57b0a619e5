package dev.eventualshop.communication.command.domain;

import dev.eventualshop.communication.commands.CommunicationCommand;
import dev.eventualshop.communication.commands.CommunicationCommand.MailRequest;

/** The kinds of mail Communication sends, each with the subject its recipient sees in the mail and in the list. */
public enum MailKind {

    EMAIL_CONFIRMATION("Confirm your EventualShop address"),
    REGISTRATION_NOTICE("Your EventualShop account"),
    ORDER_CONFIRMATION("Your EventualShop order is confirmed"),
    CANCELLATION_NOTICE("Your EventualShop order was cancelled"),
    SHIPPING_NOTICE("Your EventualShop order is on its way");

    private final String subject;

    MailKind(String subject) {
        this.subject = subject;
    }

    public String subject() {
        return subject;
    }

    public static MailKind of(MailRequest request) {
        return switch (request) {
            case CommunicationCommand.SendEmailConfirmation confirmation -> EMAIL_CONFIRMATION;
            case CommunicationCommand.SendRegistrationNotice notice -> REGISTRATION_NOTICE;
            case CommunicationCommand.SendOrderConfirmation confirmation -> ORDER_CONFIRMATION;
            case CommunicationCommand.SendCancellationNotice notice -> CANCELLATION_NOTICE;
            case CommunicationCommand.SendShippingNotice notice -> SHIPPING_NOTICE;
        };
    }
}
