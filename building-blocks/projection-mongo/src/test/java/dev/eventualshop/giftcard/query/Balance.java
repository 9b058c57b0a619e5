package dev.eventualshop.giftcard.query;

import java.util.UUID;

/** What a cashier reads of a gift card: its code, what is left on it, and whether it can still pay. */
public record Balance(UUID cardId, String code, long balance, Status status) {

    public enum Status { ACTIVE, EXPIRED }
}
