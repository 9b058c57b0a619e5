package dev.eventualshop.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

class MailTextTest {

    private final Session session = Session.getInstance(new Properties());

    @Test
    void the_plain_text_is_found_inside_nested_multiparts_and_an_attachment_is_not_taken_for_it() throws Exception {
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(part("Plain words.", "text/plain"));
        alternatives.addBodyPart(part("<p>Html words.</p>", "text/html"));
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternatives);
        MimeBodyPart attachment = part("an attached note", "text/plain");
        attachment.setDisposition(Part.ATTACHMENT);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(attachment);
        mixed.addBodyPart(body);

        assertThat(MailText.of(message(mixed))).isEqualTo("Plain words.");
    }

    @Test
    void a_mail_with_html_only_reads_as_its_html() throws Exception {
        MimeMultipart related = new MimeMultipart("related");
        related.addBodyPart(part("<p>Only html.</p>", "text/html"));

        assertThat(MailText.of(message(related))).isEqualTo("<p>Only html.</p>");
    }

    @Test
    void a_mail_without_text_reads_as_null() throws Exception {
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart binary = new MimeBodyPart();
        binary.setContent(new byte[] {1, 2, 3}, "application/octet-stream");
        mixed.addBodyPart(binary);

        assertThat(MailText.of(message(mixed))).isNull();
    }

    private MimeMessage message(MimeMultipart content) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setContent(content);
        message.saveChanges();
        // Reparse, as GreenMail hands over a parsed message rather than the one the sender built.
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        message.writeTo(bytes);
        return new MimeMessage(session, new java.io.ByteArrayInputStream(bytes.toByteArray()));
    }

    private static MimeBodyPart part(String text, String type) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(text, type + "; charset=UTF-8");
        return part;
    }
}
