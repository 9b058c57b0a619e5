package dev.eventualshop.payment.command.application;

import dev.eventualshop.contracts.Money;

/**
 * The card acquirer. Every call carries its {@link IdempotencyKey}, so a repeat is answered without acting twice.
 * A call may block, fail or never return: callers run it off the consumer threads, with a timeout.
 */
public interface Acquirer {

    /** Holds {@code amount} on the card {@code token} names. */
    AcquirerAnswer authorize(IdempotencyKey key, String token, Money amount);

    /** Takes the money the authorization {@code reference} holds. */
    AcquirerAnswer capture(IdempotencyKey key, String reference, Money amount);

    /** Gives back the money captured under the authorization {@code reference}. */
    AcquirerAnswer refund(IdempotencyKey key, String reference, Money amount);

    /** Releases the authorization {@code reference}, so the card's holder gets the held money back at once. */
    AcquirerAnswer voidAuthorization(IdempotencyKey key, String reference);
}
