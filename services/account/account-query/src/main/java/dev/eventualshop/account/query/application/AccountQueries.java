package dev.eventualshop.account.query.application;

import dev.eventualshop.account.query.domain.AccountView;
import dev.eventualshop.account.query.domain.AccountsProjection;
import dev.eventualshop.projection.ProjectionStore;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads of the accounts read model on behalf of a signed-in user. A user reads only documents they own, so
 * another user's account is as absent as one that does not exist (yet).
 */
public final class AccountQueries {

    private final ProjectionStore store;
    private final AccountsProjection accounts;

    public AccountQueries(ProjectionStore store, AccountsProjection accounts) {
        this.store = Objects.requireNonNull(store, "store");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    /**
     * The account of the user {@code subject} (a token's {@code sub}), if its view exists yet.
     *
     * @param subject the user id the token was issued to; anything that is not a user id finds nothing
     */
    public Optional<VersionedAccount> own(String subject) {
        return store.findOwn(accounts, subject)
                .map(document -> new VersionedAccount(document.view(), document.version()));
    }

    /** An account's view with the version of its stream it was folded to (the ETag). */
    public record VersionedAccount(AccountView account, long version) {

        public VersionedAccount {
            Objects.requireNonNull(account, "account");
        }
    }
}
