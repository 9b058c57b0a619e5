package dev.eventualshop.identity.command.infrastructure.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.identity.command.application.Mail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpMailerTest {

    private final List<MimeMessage> sent = new ArrayList<>();
    private final JavaMailSenderImpl sender = new JavaMailSenderImpl() {
        @Override
        protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
            sent.addAll(List.of(mimeMessages));
        }
    };

    @Test
    void a_mail_goes_out_with_its_id_in_the_message_id() throws Exception {
        UUID mailId = Ids.mailId(UUID.fromString("2f1c7a8e-61f4-4c55-9a0e-1f3e2d4c5b6a"));
        new SmtpMailer(sender, "no-reply@eventualshop.local")
                .send(new Mail(mailId, "ada@example.com", "Confirm your address", "Open the link: ünïcode ✓"));

        assertThat(sent).hasSize(1);
        MimeMessage message = sent.getFirst();
        message.saveChanges();
        assertThat(message.getMessageID()).isEqualTo("<" + mailId + "@identity.eventualshop>");
        assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("ada@example.com");
        assertThat(message.getFrom()).extracting(Object::toString).containsExactly("no-reply@eventualshop.local");
        assertThat(message.getSubject()).isEqualTo("Confirm your address");
        assertThat(message.getContent()).isEqualTo("Open the link: ünïcode ✓");
    }
}
