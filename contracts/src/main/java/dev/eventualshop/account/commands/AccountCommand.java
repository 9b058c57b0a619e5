package dev.eventualshop.account.commands;

import dev.eventualshop.contracts.InternalCommand;
import java.util.UUID;

/**
 * What can be asked of an account. The account id is the id of the user it belongs to. Every command a user
 * sends carries {@code issuer}, the {@code sub} of the caller's token as the gateway stamped it (never a
 * request body's value): the account rejects with {@code NOT_FOUND} a command whose issuer is not its owner.
 */
public sealed interface AccountCommand {

    UUID accountId();

    /**
     * Opens a newly registered user's account. Only Account's reaction to {@code identity.v1.UserRegistered} sends
     * it, so it is not bound to {@code account.commands}.
     */
    record OpenAccount(UUID accountId, String firstName, String lastName) implements AccountCommand, InternalCommand {
    }

    /** The owner renames themselves. */
    record ChangeProfile(UUID accountId, String issuer, String firstName, String lastName) implements AccountCommand {
    }

    /** The owner adds an address; {@code addressId} is the resource id the gateway derived from the command id. */
    record AddAddress(UUID accountId, String issuer, UUID addressId, String street, String city, String postalCode,
                      String country) implements AccountCommand {
    }

    /** The owner deletes one of their addresses. */
    record DeleteAddress(UUID accountId, String issuer, UUID addressId) implements AccountCommand {
    }
}
