package dev.eventualshop.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.internet.MimeMessage;

/** Mail the shop sends through the SMTP stand-in can be read back per recipient. */
class EmbeddedSmtpIT {

    private EmbeddedSmtp smtp;
    private JavaMailSenderImpl sender;

    @BeforeEach
    void start() {
        smtp = EmbeddedSmtp.start(new SmtpSettings(0));
        sender = new JavaMailSenderImpl();
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
    }

    @AfterEach
    void stop() {
        smtp.close();
    }

    @Test
    void a_plain_text_mail_is_received_by_its_recipient_with_subject_and_text() {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom("shop@eventualshop.dev");
        mail.setTo("alice@example.com");
        mail.setSubject("Confirm your email");
        mail.setText("Open http://localhost:8080/confirm?token=abc to confirm.");

        sender.send(mail);

        assertThat(smtp.received("alice@example.com")).containsExactly(new ReceivedMail(
                "alice@example.com", "Confirm your email", "Open http://localhost:8080/confirm?token=abc to confirm."));
        assertThat(smtp.received("bob@example.com")).isEmpty();
    }

    @Test
    void the_plain_text_of_a_mail_with_an_html_alternative_is_what_the_recipient_reads() throws Exception {
        MimeMessage mail = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, true, "UTF-8");
        helper.setFrom("shop@eventualshop.dev");
        helper.setTo("Bob@Example.com");
        helper.setSubject("Order confirmed");
        helper.setText("Your order is confirmed.", "<p>Your order is <b>confirmed</b>.</p>");

        sender.send(mail);

        assertThat(smtp.received("bob@example.com"))
                .extracting(ReceivedMail::subject, ReceivedMail::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Order confirmed", "Your order is confirmed."));
    }

    @Test
    void each_recipient_of_a_mail_to_several_reads_it_in_their_own_inbox() {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom("shop@eventualshop.dev");
        mail.setTo("carol@example.com", "dave@example.com");
        mail.setSubject("Shipped");
        mail.setText("On its way.");

        sender.send(mail);

        assertThat(smtp.received("carol@example.com")).extracting(ReceivedMail::to).containsExactly("carol@example.com");
        assertThat(smtp.received("dave@example.com")).extracting(ReceivedMail::subject).containsExactly("Shipped");
    }
}
