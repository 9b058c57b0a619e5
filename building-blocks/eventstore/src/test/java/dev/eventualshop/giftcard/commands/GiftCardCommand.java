package dev.eventualshop.giftcard.commands;

import dev.eventualshop.contracts.InternalCommand;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Commands of the example gift-card context that the event store's tests run through the pipeline (after
 * the Axon giftcard demo). Amounts are in cents.
 */
public sealed interface GiftCardCommand {

    record Issue(UUID cardId, String code, long amount, Instant expiresAt) implements GiftCardCommand {}

    record Redeem(UUID cardId, long amount) implements GiftCardCommand {}

    /** Pays with several cards at once: every card pays its part, or none does. */
    record RedeemAll(List<Redeem> parts) implements GiftCardCommand {
        public RedeemAll {
            parts = List.copyOf(parts);
        }
    }

    /** Sent by the card's expiry deadline only. */
    record Expire(UUID cardId) implements GiftCardCommand, InternalCommand {}
}
