package dev.eventualshop.gateway.site;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

        private static final Pattern LINK = Pattern.compile("https?://[^\\s\"'<>]+");

        public Mail {
            links = List.copyOf(links);
        }

        /**
         * A mail with the links found in its text (without a sentence's closing punctuation), as local mode's
         * launcher builds it from the embedded SMTP.
         */
        public static Mail of(String to, String subject, String text) {
            Matcher matcher = LINK.matcher(text);
            List<String> links = new java.util.ArrayList<>();
            while (matcher.find()) {
                links.add(matcher.group().replaceAll("[.,;:!?)]+$", ""));
            }
            return new Mail(to, subject, text, links);
        }
    }
}
