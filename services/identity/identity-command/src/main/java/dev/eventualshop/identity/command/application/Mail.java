package dev.eventualshop.identity.command.application;

import java.util.Objects;
import java.util.UUID;

/**
 * A mail to send. {@code mailId} is derived from the command that caused it ({@code Ids.mailId}), so a mail
 * sent again is recognisably the same mail. The text may hold a confirmation link: {@code toString} leaves
 * it out.
 */
public record Mail(UUID mailId, String to, String subject, String text) {

    public Mail {
        Objects.requireNonNull(mailId, "mailId");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
        return "Mail[mailId=" + mailId + ", subject=" + subject + "]";
    }
}
