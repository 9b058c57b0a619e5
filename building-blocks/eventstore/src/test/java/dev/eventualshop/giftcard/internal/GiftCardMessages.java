package dev.eventualshop.giftcard.internal;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.giftcard.commands.GiftCardCommand;
import dev.eventualshop.giftcard.v1.CardIssued;
import dev.eventualshop.receipts.SendReceipt;

/** Type names and revisions of the gift-card messages, and of the command it sends to another context. */
public final class GiftCardMessages {

    public static final MessageTypes TYPES = MessageTypes.builder()
            .register("giftcard.Issue", GiftCardCommand.Issue.class)
            .register("giftcard.Redeem", GiftCardCommand.Redeem.class)
            .register("giftcard.RedeemAll", GiftCardCommand.RedeemAll.class)
            .register("giftcard.Expire", GiftCardCommand.Expire.class)
            .register("giftcard.Issued", 2, GiftCardEvent.Issued.class)
            .register("giftcard.Redeemed", GiftCardEvent.Redeemed.class)
            .register("giftcard.Expired", GiftCardEvent.Expired.class)
            .register("giftcard.v1.CardIssued", CardIssued.class)
            .register("receipts.SendReceipt", SendReceipt.class)
            .build();

    private GiftCardMessages() {
    }
}
