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
