package dev.eventualshop.communication.command.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.communication.commands.CommunicationCommand;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.order.v1.OrderIntegrationEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Order's events become order mails named after the order, with words a customer reads. */
class OrderMailsTest {

    static final UUID USER = UUID.fromString("3f2b8c1e-6d4a-4e0b-9a7c-1b2d3e4f5a60");
    static final UUID ORDER = UUID.fromString("9c8b7a65-4d3e-5f21-a0b9-c8d7e6f5a4b3");
    static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    final Map<UUID, String> addresses = Map.of(USER, "ada@example.com");
    final OrderMails mails = new OrderMails(user -> Optional.ofNullable(addresses.get(user)),
            Clock.fixed(AT, ZoneOffset.UTC), "https://shop.example.com/");

    @Test
    void a_confirmed_order_asks_for_a_confirmation_named_after_the_order_to_the_confirmed_address() {
        CommunicationCommand.SendOrderConfirmation mail = mails.confirmed(
                new OrderIntegrationEvent.OrderConfirmed(ORDER, USER.toString(), Money.of("59.8", "EUR")));

        assertThat(mail).isEqualTo(new CommunicationCommand.SendOrderConfirmation(
                Uuids.v5(ORDER, "order-confirmed-mail"), USER, "ada@example.com", ORDER, Money.of("59.80", "EUR"),
                "https://shop.example.com/orders/" + ORDER, AT));
        assertThat(mail.toString()).doesNotContain("ada@example.com");
        assertThat(MailTexts.subject(mail)).isEqualTo("Your EventualShop order is confirmed");
        assertThat(MailTexts.body(mail)).contains("confirmed, for 59.80 EUR")
                .contains("https://shop.example.com/orders/" + ORDER);
    }

    @Test
    void each_kind_of_mail_about_one_order_has_an_id_of_its_own() {
        UUID confirmed = mails.confirmed(new OrderIntegrationEvent.OrderConfirmed(ORDER, USER.toString(),
                Money.of("1", "EUR"))).notificationId();
        UUID cancelled = mails.cancelled(new OrderIntegrationEvent.OrderCancelled(ORDER, USER.toString(),
                "CUSTOMER_CANCELLED", true)).notificationId();
        UUID shipped = mails.shipped(new OrderIntegrationEvent.OrderShipped(ORDER, USER.toString())).notificationId();

        assertThat(Set.of(confirmed, cancelled, shipped)).hasSize(3);
    }

    @Test
    void a_cancellation_gives_its_reason_in_words_and_mentions_a_refund_only_when_there_is_one() {
        assertThat(cancellationText("OUT_OF_STOCK", false)).contains("because an item is out of stock.")
                .doesNotContain("refund");
        assertThat(cancellationText("PAYMENT_DECLINED", false)).contains("because your card was declined.");
        assertThat(cancellationText("PAYMENT_TIMEOUT", false))
                .contains("because the payment was not confirmed in time.");
        assertThat(cancellationText("RESERVATION_EXPIRED", false)).contains("because the order was not paid in time.");
        assertThat(cancellationText("CUSTOMER_CANCELLED", true)).contains("because you cancelled it.")
                .contains("The money you paid is being refunded to you.");
        assertThat(cancellationText("SOMETHING_NEW", false)).contains("because it could not be completed.");
    }

    @Test
    void a_shipped_order_says_it_is_on_its_way_with_a_link_to_it() {
        CommunicationCommand.SendShippingNotice mail = mails.shipped(
                new OrderIntegrationEvent.OrderShipped(ORDER, USER.toString()));

        assertThat(MailTexts.subject(mail)).isEqualTo("Your EventualShop order is on its way");
        assertThat(MailTexts.body(mail)).contains("on its way to you")
                .contains("https://shop.example.com/orders/" + ORDER);
    }

    @Test
    void a_customer_without_a_confirmed_address_or_not_named_by_a_user_id_gets_a_request_without_one() {
        UUID stranger = UUID.randomUUID();
        assertThat(mails.shipped(new OrderIntegrationEvent.OrderShipped(ORDER, stranger.toString())).email()).isNull();
        CommunicationCommand.SendShippingNotice unnamed = mails.shipped(
                new OrderIntegrationEvent.OrderShipped(ORDER, "not-a-user-id"));
        assertThat(unnamed.userId()).isNull();
        assertThat(unnamed.email()).isNull();
    }

    private String cancellationText(String reason, boolean refunded) {
        return MailTexts.body(mails.cancelled(new OrderIntegrationEvent.OrderCancelled(ORDER, USER.toString(), reason,
                refunded)));
    }
}
