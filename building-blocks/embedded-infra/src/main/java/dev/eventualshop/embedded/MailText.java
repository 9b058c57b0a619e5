package dev.eventualshop.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/**
 * The readable text of a mail: its plain-text part, else its HTML part, found through any nesting of
 * multiparts (Spring's {@code MimeMessageHelper} nests them for mails with alternatives or attachments).
 */
final class MailText {

    private MailText() {
    }

    static String of(Part message) throws MessagingException {
        String plain = find(message, "text/plain");
        return plain != null ? plain : find(message, "text/html");
    }

    private static String find(Part part, String mimeType) throws MessagingException {
        try {
            if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return part.getContent().toString();
            }
            if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = find(multipart.getBodyPart(i), mimeType);
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a mail's body", e);
        }
    }
}
