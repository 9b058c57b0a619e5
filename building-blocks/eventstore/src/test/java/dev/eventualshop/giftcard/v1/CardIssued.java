package dev.eventualshop.giftcard.v1;

import java.util.UUID;

/** Integration event of the example gift-card context: what other contexts may know of a new card. */
public record CardIssued(UUID cardId, long amount) {
}
