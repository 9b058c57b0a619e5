package dev.eventualshop.account;

import dev.eventualshop.account.commands.AccountCommand;
import dev.eventualshop.account.internal.AccountEvent;
import dev.eventualshop.contracts.MessageTypes;

/**
 * Account's message type names. An account's stream is {@link #ACCOUNT_STREAM}{@code /<accountId>}, and the
 * account id is the id of the user it belongs to. Commands go to {@code account.commands} with their type name as
 * routing key.
 */
public final class AccountMessages {

    public static final String CONTEXT = "account";
    public static final String ACCOUNT_STREAM = "account.Account";

    private AccountMessages() {
    }

    /** Account's commands: the gateway publishes all but the internal {@code account.OpenAccount}, which Account sends itself. */
    public static MessageTypes commands() {
        return MessageTypes.builder()
                .register("account.OpenAccount", AccountCommand.OpenAccount.class)
                .register("account.ChangeProfile", AccountCommand.ChangeProfile.class)
                .register("account.AddAddress", AccountCommand.AddAddress.class)
                .register("account.DeleteAddress", AccountCommand.DeleteAddress.class)
                .build();
    }

    /** Account's domain events, for account-command and account-query only. */
    public static MessageTypes domainEvents() {
        return MessageTypes.builder()
                .register("account.AccountOpened", AccountEvent.AccountOpened.class)
                .register("account.ProfileChanged", AccountEvent.ProfileChanged.class)
                .register("account.AddressAdded", AccountEvent.AddressAdded.class)
                .register("account.AddressDeleted", AccountEvent.AddressDeleted.class)
                .build();
    }
}
