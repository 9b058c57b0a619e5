package dev.eventualshop.gateway.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

class DevMailControllerTest {

    @Test
    void without_a_mailbox_the_endpoint_does_not_exist() {
        DevMailController controller = new DevMailController(new DefaultListableBeanFactory()
                .getBeanProvider(DevMailbox.class));

        assertThat(controller.mail("ada@example.com").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void a_mail_lists_the_links_in_its_text() {
        DevMailbox.Mail mail = DevMailbox.Mail.of("ada@example.com", "Confirm", """
                Hello Ada, confirm at http://localhost:8080/confirm-email?userId=1&token=abc.
                Or <a href="https://shop.example/x">here</a>.""");

        assertThat(mail.links()).containsExactly("http://localhost:8080/confirm-email?userId=1&token=abc",
                "https://shop.example/x");
    }

    @Test
    void with_a_mailbox_it_lists_the_mail() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("mailbox", (DevMailbox) to -> List.of(new DevMailbox.Mail(to, "Hi", "text", List.of())));
        DevMailController controller = new DevMailController(beans.getBeanProvider(DevMailbox.class));

        assertThat(controller.mail("ada@example.com").getStatusCode().value()).isEqualTo(200);
        assertThat(controller.mail(" ").getStatusCode().value()).isEqualTo(400);
    }
}
