package dev.eventualshop.giftcard.command.domain;

import dev.eventualshop.decider.Decider;
import dev.eventualshop.decider.Decision;
import dev.eventualshop.giftcard.commands.GiftCardCommand;
import dev.eventualshop.giftcard.internal.GiftCardEvent;

/** A gift card: issued once with a balance, redeemed while it lasts, expired at its deadline. */
public final class GiftCardDecider implements Decider<GiftCardCommand, GiftCard, GiftCardEvent> {

    @Override
    public GiftCard initialState() {
        return new GiftCard.NotIssued();
    }

    @Override
    public Decision<GiftCardEvent> decide(GiftCardCommand command, GiftCard card) {
        return switch (command) {
            case GiftCardCommand.Issue issue -> issue(issue, card);
            case GiftCardCommand.Redeem redeem -> redeem(redeem, card);
            case GiftCardCommand.RedeemAll all ->
                    Decision.reject("NOT_ROUTED", "the pipeline splits RedeemAll into one Redeem per card");
            case GiftCardCommand.Expire expire -> switch (card) {
                case GiftCard.Active active -> Decision.accept(new GiftCardEvent.Expired(expire.cardId(), active.code()));
                case GiftCard.NotIssued notIssued -> Decision.reject("NOT_FOUND", "no such card");
                case GiftCard.Expired expired -> Decision.reject("EXPIRED", "the card has expired");
            };
        };
    }

    private static Decision<GiftCardEvent> issue(GiftCardCommand.Issue issue, GiftCard card) {
        if (issue.amount() <= 0) {
            return Decision.reject("INVALID_AMOUNT", "a card is issued with a positive amount");
        }
        return switch (card) {
            case GiftCard.NotIssued notIssued -> Decision.accept(
                    new GiftCardEvent.Issued(issue.cardId(), issue.code(), issue.amount(), issue.expiresAt()));
            case GiftCard.Active active -> Decision.reject("ALREADY_ISSUED", "the card exists");
            case GiftCard.Expired expired -> Decision.reject("ALREADY_ISSUED", "the card exists");
        };
    }

    private static Decision<GiftCardEvent> redeem(GiftCardCommand.Redeem redeem, GiftCard card) {
        return switch (card) {
            case GiftCard.Active active when redeem.amount() <= 0 ->
                    Decision.reject("INVALID_AMOUNT", "redeem a positive amount");
            case GiftCard.Active active when redeem.amount() > active.balance() ->
                    Decision.reject("INSUFFICIENT_BALANCE", "the card holds " + active.balance());
            case GiftCard.Active active -> Decision.accept(new GiftCardEvent.Redeemed(redeem.cardId(), redeem.amount()));
            case GiftCard.NotIssued notIssued -> Decision.reject("NOT_FOUND", "no such card");
            case GiftCard.Expired expired -> Decision.reject("EXPIRED", "the card has expired");
        };
    }

    @Override
    public GiftCard evolve(GiftCard card, GiftCardEvent event) {
        return switch (event) {
            case GiftCardEvent.Issued issued -> new GiftCard.Active(issued.code(), issued.amount(), issued.expiresAt());
            case GiftCardEvent.Redeemed redeemed -> card instanceof GiftCard.Active active
                    ? new GiftCard.Active(active.code(), active.balance() - redeemed.amount(), active.expiresAt())
                    : card;
            case GiftCardEvent.Expired expired -> new GiftCard.Expired(expired.code());
        };
    }
}
