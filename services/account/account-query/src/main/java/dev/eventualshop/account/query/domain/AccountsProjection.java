package dev.eventualshop.account.query.domain;

import dev.eventualshop.account.AccountMessages;
import dev.eventualshop.account.internal.AccountEvent;
import dev.eventualshop.projection.Projection;
import java.util.Set;

/**
 * The accounts read model: one {@link AccountView} per account stream ({@code account.Account/<accountId>}), at
 * the stream's version, readable by its owner only (the account id is the owner's user id, their tokens' sub).
 */
public final class AccountsProjection implements Projection<AccountView> {

    public static final String VIEW = "account.Accounts";

    @Override
    public String view() {
        return VIEW;
    }

    @Override
    public Class<AccountView> viewType() {
        return AccountView.class;
    }

    @Override
    public String streamType() {
        return AccountMessages.ACCOUNT_STREAM;
    }

    @Override
    public AccountView evolve(AccountView account, Object event) {
        if (!(event instanceof AccountEvent accountEvent)) {
            return account;
        }
        if (account == null && !(accountEvent instanceof AccountEvent.AccountOpened)) {
            return null;
        }
        return switch (accountEvent) {
            case AccountEvent.AccountOpened opened -> new AccountView(opened.accountId(),
                    new AccountView.Profile(opened.firstName(), opened.lastName()), null);
            case AccountEvent.ProfileChanged changed ->
                    account.withProfile(new AccountView.Profile(changed.firstName(), changed.lastName()));
            case AccountEvent.AddressAdded added -> account.withAddress(new AccountView.Address(added.addressId(),
                    added.street(), added.city(), added.postalCode(), added.country()));
            case AccountEvent.AddressDeleted deleted -> account.withoutAddress(deleted.addressId());
        };
    }

    @Override
    public Set<String> owners(AccountView account) {
        return Set.of(account.accountId().toString());
    }
}
