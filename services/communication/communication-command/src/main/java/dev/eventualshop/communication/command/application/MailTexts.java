package dev.eventualshop.communication.command.application;

import dev.eventualshop.communication.command.domain.MailKind;
import dev.eventualshop.communication.commands.CommunicationCommand;
import dev.eventualshop.communication.commands.CommunicationCommand.MailRequest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The words of each mail. A confirmation mail holds its link, so its text lives only until the mail is sent. */
public final class MailTexts {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private MailTexts() {
    }

    /** The body of the mail {@code request} asks for. */
    public static String body(MailRequest request) {
        return switch (request) {
            case CommunicationCommand.SendEmailConfirmation confirmation -> """
                    Hello,

                    please confirm your address for EventualShop by opening this link within %s \
                    (until %s):

                    %s

                    If you did not register, you can ignore this mail.
                    """.formatted(hours(Duration.between(confirmation.requestedAt(), confirmation.expiresAt())),
                    EXPIRY.format(confirmation.expiresAt()), confirmation.link());
            case CommunicationCommand.SendRegistrationNotice notice -> """
                    Hello,

                    Someone asked to open an EventualShop account with this address, which already has one.
                    If it was you, sign in with your password; if you have not confirmed the address yet, \
                    ask for a new confirmation link on the sign-in page.
                    If it was not you, you can ignore this mail: nothing has changed.
                    """;
            case CommunicationCommand.SendOrderConfirmation confirmation -> """
                    Hello,

                    thank you for your order: it is confirmed, for %s %s, and we will ship it soon.

                    You can follow it here:
                    %s
                    """.formatted(confirmation.total().amountText(), confirmation.total().currency(),
                    confirmation.orderLink());
            case CommunicationCommand.SendCancellationNotice notice -> """
                    Hello,

                    we are sorry: your order was cancelled because %s.%s

                    You can see it here, and order again from a new cart:
                    %s
                    """.formatted(CancellationReasons.inWords(notice.reason()),
                    notice.refunded() ? "\nThe money you paid is being refunded to you." : "", notice.orderLink());
            case CommunicationCommand.SendShippingNotice notice -> """
                    Hello,

                    your order has left our warehouse and is on its way to you.

                    You can follow it here:
                    %s
                    """.formatted(notice.orderLink());
        };
    }

    /** The subject of the mail {@code request} asks for. */
    public static String subject(MailRequest request) {
        return MailKind.of(request).subject();
    }

    private static String hours(Duration validity) {
        long hours = Math.max(1, validity.toHours());
        return hours == 1 ? "an hour" : hours + " hours";
    }
}
