package dev.eventualshop.giftcard.command.domain;

import java.time.Instant;

/** The lifecycle of a gift card, one type per state. */
public sealed interface GiftCard {

    record NotIssued() implements GiftCard {}

    record Active(String code, long balance, Instant expiresAt) implements GiftCard {}

    record Expired(String code) implements GiftCard {}
}
