package dev.eventualshop.embedded;

import java.util.Objects;

/**
 * A mail as its recipient sees it, kept plain so tests and local mode's {@code /dev/mail} page need no
 * Jakarta Mail types.
 *
 * @param to      the recipient whose inbox held it
 * @param subject the subject, empty when there was none
 * @param text    the plain-text body (or the HTML one when there is no plain text), empty when there is none
 */
public record ReceivedMail(String to, String subject, String text) {

    public ReceivedMail {
        Objects.requireNonNull(to, "to");
        subject = Objects.requireNonNullElse(subject, "");
        text = Objects.requireNonNullElse(text, "");
    }
}
