package dev.eventualshop.giftcard.query;

import dev.eventualshop.giftcard.command.GiftCardConfiguration;
import dev.eventualshop.giftcard.internal.GiftCardEvent;
import dev.eventualshop.projection.Projection;
import java.util.Set;

/**
 * The example projection over the gift-card context's own events: one {@link Balance} per card, at the card's
 * version. Cashiers read every card, so the owners are a fixed role.
 */
public final class BalanceProjection implements Projection<Balance> {

    public static final String VIEW = "giftcard.Balance";
    public static final String CASHIERS = "role:cashier";

    @Override
    public String view() {
        return VIEW;
    }

    @Override
    public Class<Balance> viewType() {
        return Balance.class;
    }

    @Override
    public String streamType() {
        return GiftCardConfiguration.STREAM_TYPE;
    }

    @Override
    public Balance evolve(Balance balance, Object event) {
        if (!(event instanceof GiftCardEvent cardEvent)) {
            return balance;
        }
        return switch (cardEvent) {
            case GiftCardEvent.Issued issued ->
                    new Balance(issued.cardId(), issued.code(), issued.amount(), Balance.Status.ACTIVE);
            case GiftCardEvent.Redeemed redeemed -> new Balance(balance.cardId(), balance.code(),
                    balance.balance() - redeemed.amount(), balance.status());
            case GiftCardEvent.Expired expired ->
                    new Balance(balance.cardId(), balance.code(), balance.balance(), Balance.Status.EXPIRED);
        };
    }

    @Override
    public Set<String> owners(Balance balance) {
        return Set.of(CASHIERS);
    }
}
