package dev.eventualshop.gateway.site;

import java.util.List;

/**
 * The mail local mode's embedded SMTP caught, for {@code GET /dev/mail}. Only local mode provides one (the
 * launcher, backed by the embedded SMTP); without it the endpoint answers 404 as if it did not exist.
 */
public interface DevMailbox {

    /** The mail sent to {@code to}, oldest first. */
    List<Mail> received(String to);

    /**
     * @param links the http(s) links in the text, e.g. the confirmation link
     */
    record Mail(String to, String subject, String text, List<String> links) {

        public Mail {
            links = List.copyOf(links);
        }
    }
}
