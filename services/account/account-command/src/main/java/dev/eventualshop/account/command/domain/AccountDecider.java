package dev.eventualshop.account.command.domain;

import dev.eventualshop.account.commands.AccountCommand;
import dev.eventualshop.account.internal.AccountEvent;
import dev.eventualshop.decider.Decider;
import dev.eventualshop.decider.Decision;
import java.util.Map;

/**
 * A customer's account: opened once per registered user (account id = user id), then changed by its owner
 * only. A command whose issuer is not the owner finds nothing ({@code NOT_FOUND}), exactly as a command on an
 * account that does not exist, so no one learns whether another user's account or address exists.
 */
public final class AccountDecider implements Decider<AccountCommand, Account, AccountEvent> {

    /** The most addresses an account keeps. */
    public static final int ADDRESS_LIMIT = 10;
    /** The longest name or address field accepted (the gateway's limit too). */
    public static final int MAX_FIELD_LENGTH = 200;

    @Override
    public Account initialState() {
        return new Account.None();
    }

    @Override
    public Decision<AccountEvent> decide(AccountCommand command, Account state) {
        return switch (command) {
            case AccountCommand.OpenAccount open -> open(open, state);
            case AccountCommand.ChangeProfile change -> changeProfile(change, state);
            case AccountCommand.AddAddress add -> addAddress(add, state);
            case AccountCommand.DeleteAddress delete -> deleteAddress(delete, state);
        };
    }

    @Override
    public Account evolve(Account state, AccountEvent event) {
        return switch (event) {
            case AccountEvent.AccountOpened opened -> new Account.Open(opened.accountId(), Map.of());
            case AccountEvent.ProfileChanged changed -> state;
            case AccountEvent.AddressAdded added -> state instanceof Account.Open open
                    ? open.with(new Account.Address(added.addressId(), added.street(), added.city(), added.postalCode(),
                    added.country()))
                    : state;
            case AccountEvent.AddressDeleted deleted -> state instanceof Account.Open open
                    ? open.without(deleted.addressId()) : state;
        };
    }

    private static Decision<AccountEvent> open(AccountCommand.OpenAccount open, Account state) {
        if (state instanceof Account.Open) {
            return Decision.reject("ACCOUNT_EXISTS", "this user has an account already");
        }
        if (open.accountId() == null || !optionalText(open.firstName()) || !optionalText(open.lastName())) {
            return invalid("an account needs its user id, and names of at most " + MAX_FIELD_LENGTH + " characters");
        }
        return Decision.accept(new AccountEvent.AccountOpened(open.accountId(), open.firstName(), open.lastName()));
    }

    private static Decision<AccountEvent> changeProfile(AccountCommand.ChangeProfile change, Account state) {
        if (!(state instanceof Account.Open open) || !open.ownedBy(change.issuer())) {
            return notFound();
        }
        if (!requiredText(change.firstName()) || !requiredText(change.lastName())) {
            return invalid("first and last name are required, at most " + MAX_FIELD_LENGTH + " characters");
        }
        return Decision.accept(new AccountEvent.ProfileChanged(open.accountId(), change.firstName(), change.lastName()));
    }

    private static Decision<AccountEvent> addAddress(AccountCommand.AddAddress add, Account state) {
        if (!(state instanceof Account.Open open) || !open.ownedBy(add.issuer())) {
            return notFound();
        }
        if (add.addressId() == null || !requiredText(add.street()) || !requiredText(add.city())
                || !requiredText(add.postalCode()) || !requiredText(add.country())) {
            return invalid("street, city, postal code and country are required, at most " + MAX_FIELD_LENGTH
                    + " characters");
        }
        if (open.addresses().containsKey(add.addressId())) {
            return Decision.reject("ADDRESS_EXISTS", "this address was added already");
        }
        if (open.addresses().size() >= ADDRESS_LIMIT) {
            return Decision.reject("ADDRESS_LIMIT", "an account keeps at most " + ADDRESS_LIMIT + " addresses");
        }
        return Decision.accept(new AccountEvent.AddressAdded(open.accountId(), add.addressId(), add.street(),
                add.city(), add.postalCode(), add.country()));
    }

    private static Decision<AccountEvent> deleteAddress(AccountCommand.DeleteAddress delete, Account state) {
        if (!(state instanceof Account.Open open) || !open.ownedBy(delete.issuer())
                || delete.addressId() == null || !open.addresses().containsKey(delete.addressId())) {
            return notFound();
        }
        return Decision.accept(new AccountEvent.AddressDeleted(open.accountId(), delete.addressId()));
    }

    private static boolean requiredText(String value) {
        return value != null && !value.isBlank() && optionalText(value);
    }

    private static boolean optionalText(String value) {
        return value == null || (value.length() <= MAX_FIELD_LENGTH && value.chars().noneMatch(Character::isISOControl));
    }

    private static Decision<AccountEvent> notFound() {
        return Decision.reject("NOT_FOUND", "no such account or address");
    }

    private static Decision<AccountEvent> invalid(String message) {
        return Decision.reject("INVALID", message);
    }
}
