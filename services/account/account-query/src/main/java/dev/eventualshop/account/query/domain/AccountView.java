package dev.eventualshop.account.query.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a user reads of their own account (API.md: {@code GET /api/v1/account}): the profile and the addresses in
 * the order they were added.
 */
public record AccountView(UUID accountId, Profile profile, List<Address> addresses) {

    public AccountView {
        Objects.requireNonNull(accountId, "accountId");
        profile = profile == null ? new Profile(null, null) : profile;
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    public record Profile(String firstName, String lastName) {
    }

    public record Address(UUID addressId, String street, String city, String postalCode, String country) {
    }

    AccountView withProfile(Profile changed) {
        return new AccountView(accountId, changed, addresses);
    }

    AccountView withAddress(Address added) {
        List<Address> changed = new ArrayList<>(addresses);
        changed.removeIf(address -> address.addressId().equals(added.addressId()));
        changed.add(added);
        return new AccountView(accountId, profile, changed);
    }

    AccountView withoutAddress(UUID addressId) {
        List<Address> changed = new ArrayList<>(addresses);
        changed.removeIf(address -> address.addressId().equals(addressId));
        return new AccountView(accountId, profile, changed);
    }
}
