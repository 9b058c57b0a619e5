package dev.eventualshop.communication.command.domain;

import dev.eventualshop.communication.commands.CommunicationCommand;
import dev.eventualshop.communication.internal.NotificationEvent;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.decider.test.DeciderSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mails about a customer's orders, as the notification decides them. */
class OrderMailDeciderTest {

    static final UUID MAIL = UUID.fromString("0b7e2a51-3c4d-5e6f-8a9b-0c1d2e3f4a5b");
    static final UUID USER = UUID.fromString("3f2b8c1e-6d4a-4e0b-9a7c-1b2d3e4f5a60");
    static final UUID ORDER = UUID.fromString("9c8b7a65-4d3e-5f21-a0b9-c8d7e6f5a4b3");
    static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");
    static final String LINK = "http://localhost:8080/orders/" + ORDER;
    static final Money TOTAL = Money.of("59.80", "EUR");

    final DeciderSpec<CommunicationCommand, Notification, NotificationEvent> notification =
            DeciderSpec.of(new NotificationDecider(new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(10))));

    @Test
    void an_order_confirmation_opens_a_notification_to_the_customers_confirmed_address() {
        notification.given().when(confirmation("ada@example.com"))
                .then(requested("ORDER_CONFIRMATION", "Your EventualShop order is confirmed"));
    }

    @Test
    void a_cancellation_and_a_shipping_notice_have_their_own_kinds_and_subjects() {
        notification.given().when(new CommunicationCommand.SendCancellationNotice(MAIL, USER, "ada@example.com", ORDER,
                        "PAYMENT_DECLINED", false, LINK, AT))
                .then(requested("CANCELLATION_NOTICE", "Your EventualShop order was cancelled"));
        notification.given().when(new CommunicationCommand.SendShippingNotice(MAIL, USER, "ada@example.com", ORDER,
                        LINK, AT))
                .then(requested("SHIPPING_NOTICE", "Your EventualShop order is on its way"));
    }

    @Test
    void an_order_mail_for_a_customer_without_a_confirmed_address_is_refused_visibly() {
        notification.given().when(confirmation(null))
                .thenRejects("UNKNOWN_RECIPIENT", "no confirmed address is known for this customer");
    }

    @Test
    void the_same_order_mail_asked_for_again_changes_nothing() {
        notification.given(requested("ORDER_CONFIRMATION", "Your EventualShop order is confirmed"))
                .when(confirmation("ada@example.com")).thenNothing();
        notification.given(requested("ORDER_CONFIRMATION", "Your EventualShop order is confirmed"),
                        new NotificationEvent.MailSent(MAIL, 1, AT))
                .when(confirmation("ada@example.com")).thenNothing();
    }

    @Test
    void an_order_mail_without_a_customer_an_order_a_usable_link_or_a_total_is_invalid() {
        notification.given().when(new CommunicationCommand.SendShippingNotice(MAIL, null, null, ORDER, LINK, AT))
                .thenRejects("INVALID");
        notification.given().when(new CommunicationCommand.SendShippingNotice(MAIL, USER, "ada@example.com", null,
                LINK, AT)).thenRejects("INVALID");
        notification.given().when(new CommunicationCommand.SendShippingNotice(MAIL, USER, "ada@example.com", ORDER,
                "javascript:alert(1)", AT)).thenRejects("INVALID");
        notification.given().when(new CommunicationCommand.SendOrderConfirmation(MAIL, USER, "ada@example.com", ORDER,
                null, LINK, AT)).thenRejects("INVALID");
        notification.given().when(confirmation("ada@example.com\r\nBcc: x@y")).thenRejects("INVALID");
    }

    private static CommunicationCommand.SendOrderConfirmation confirmation(String email) {
        return new CommunicationCommand.SendOrderConfirmation(MAIL, USER, email, ORDER, TOTAL, LINK, AT);
    }

    private static NotificationEvent.NotificationRequested requested(String kind, String subject) {
        return new NotificationEvent.NotificationRequested(MAIL, USER, "ada@example.com", kind, subject, AT);
    }
}
