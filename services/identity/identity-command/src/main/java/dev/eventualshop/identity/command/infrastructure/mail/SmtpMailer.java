package dev.eventualshop.identity.command.infrastructure.mail;

import dev.eventualshop.identity.command.application.Mail;
import dev.eventualshop.identity.command.application.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends mail over SMTP ({@code spring.mail.host}/{@code port}), with the mail id in its Message-ID. */
public final class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final String from;

    public SmtpMailer(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(Mail mail) {
        MimeMessage message = new IdentifiedMessage(sender.createMimeMessage(), mail);
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text());
        } catch (MessagingException e) {
            throw new MailPreparationException("mail " + mail.mailId() + " could not be prepared", e);
        }
        sender.send(message);
    }

    /** Keeps the Message-ID derived from the mail id instead of the random one Jakarta Mail would set. */
    private static final class IdentifiedMessage extends MimeMessage {
        private final String messageId;

        IdentifiedMessage(MimeMessage template, Mail mail) {
            super(template.getSession());
            this.messageId = "<" + mail.mailId() + "@identity.eventualshop>";
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
