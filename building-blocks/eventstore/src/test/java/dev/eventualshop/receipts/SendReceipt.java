package dev.eventualshop.receipts;

import java.util.UUID;

/** A command of another context ("receipts") that the gift-card context sends, for the outbox's tests. */
public record SendReceipt(UUID cardId, String note) {
}
