package dev.eventualshop.giftcard.query;

import java.util.UUID;

/**
 * What another context learns of a card from the {@code giftcard.v1.CardIssued} integration event.
 *
 * @param applied how many {@code CardIssued} messages the view took in: shows each was applied once
 */
public record Issuance(UUID cardId, long amount, int applied) {
}
