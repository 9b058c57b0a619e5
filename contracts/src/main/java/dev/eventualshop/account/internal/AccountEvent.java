package dev.eventualshop.account.internal;

import java.util.UUID;

/** What happened to an account, on the stream {@code account.Account/<accountId>} (account id = user id). */
public sealed interface AccountEvent {

    UUID accountId();

    /** The account of a newly registered user exists, with the names given at registration. */
    record AccountOpened(UUID accountId, String firstName, String lastName) implements AccountEvent {
    }

    record ProfileChanged(UUID accountId, String firstName, String lastName) implements AccountEvent {
    }

    record AddressAdded(UUID accountId, UUID addressId, String street, String city, String postalCode,
                        String country) implements AccountEvent {
    }

    record AddressDeleted(UUID accountId, UUID addressId) implements AccountEvent {
    }
}
