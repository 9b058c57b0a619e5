package dev.eventualshop.giftcard.internal;

import java.time.Instant;
import java.util.UUID;

/** Domain events of the example gift-card context. */
public sealed interface GiftCardEvent {

    /** Revision 2: revision 1 called the amount {@code value}. */
    record Issued(UUID cardId, String code, long amount, Instant expiresAt) implements GiftCardEvent {}

    record Redeemed(UUID cardId, long amount) implements GiftCardEvent {}

    record Expired(UUID cardId, String code) implements GiftCardEvent {}
}
