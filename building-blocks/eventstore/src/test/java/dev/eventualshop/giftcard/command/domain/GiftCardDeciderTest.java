package dev.eventualshop.giftcard.command.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.decider.test.DeciderSpec;
import dev.eventualshop.giftcard.commands.GiftCardCommand;
import dev.eventualshop.giftcard.internal.GiftCardEvent;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GiftCardDeciderTest {

    private static final UUID CARD = UUID.fromString("8f0e1f39-5b7b-4c64-9d43-4a7a1c0f5e11");
    private static final Instant EXPIRES = Instant.parse("2027-01-01T00:00:00Z");
    private static final GiftCardEvent.Issued ISSUED = new GiftCardEvent.Issued(CARD, "XMAS", 100, EXPIRES);

    private final DeciderSpec<GiftCardCommand, GiftCard, GiftCardEvent> giftCard = DeciderSpec.of(new GiftCardDecider());

    @Test
    void a_new_card_is_issued_with_its_amount() {
        giftCard.given()
                .when(new GiftCardCommand.Issue(CARD, "XMAS", 100, EXPIRES))
                .then(ISSUED)
                .thenState(card -> assertThat(card).isEqualTo(new GiftCard.Active("XMAS", 100, EXPIRES)));
    }

    @Test
    void a_card_is_issued_once_and_never_with_nothing_on_it() {
        giftCard.given(ISSUED).when(new GiftCardCommand.Issue(CARD, "XMAS", 100, EXPIRES)).thenRejects("ALREADY_ISSUED");
        giftCard.given().when(new GiftCardCommand.Issue(CARD, "XMAS", 0, EXPIRES)).thenRejects("INVALID_AMOUNT");
    }

    @Test
    void redeeming_takes_from_the_balance_while_it_lasts() {
        giftCard.given(ISSUED, new GiftCardEvent.Redeemed(CARD, 60))
                .when(new GiftCardCommand.Redeem(CARD, 40))
                .then(new GiftCardEvent.Redeemed(CARD, 40))
                .thenState(card -> assertThat(((GiftCard.Active) card).balance()).isZero());
        giftCard.given(ISSUED, new GiftCardEvent.Redeemed(CARD, 60))
                .when(new GiftCardCommand.Redeem(CARD, 41))
                .thenRejects("INSUFFICIENT_BALANCE", "40");
        giftCard.given(ISSUED).when(new GiftCardCommand.Redeem(CARD, -5)).thenRejects("INVALID_AMOUNT");
    }

    @Test
    void an_unknown_or_expired_card_cannot_be_redeemed() {
        giftCard.given().when(new GiftCardCommand.Redeem(CARD, 1)).thenRejects("NOT_FOUND");
        giftCard.given(ISSUED, new GiftCardEvent.Expired(CARD, "XMAS"))
                .when(new GiftCardCommand.Redeem(CARD, 1)).thenRejects("EXPIRED");
    }

    @Test
    void an_active_card_expires_once() {
        giftCard.given(ISSUED).when(new GiftCardCommand.Expire(CARD)).then(new GiftCardEvent.Expired(CARD, "XMAS"));
        giftCard.given(ISSUED, new GiftCardEvent.Expired(CARD, "XMAS"))
                .when(new GiftCardCommand.Expire(CARD)).thenRejects("EXPIRED");
        giftCard.given().when(new GiftCardCommand.Expire(CARD)).thenRejects("NOT_FOUND");
    }
}
