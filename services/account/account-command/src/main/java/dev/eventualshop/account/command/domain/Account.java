package dev.eventualshop.account.command.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** An account's lifecycle: none yet, or open with the ids of its current addresses. */
public sealed interface Account {

    /** No account on this stream (the user's registration has not reached Account). */
    record None() implements Account {
    }

    /**
     * @param accountId the owner's user id
     * @param addresses the current addresses, by id, in the order they were added
     */
    record Open(UUID accountId, Map<UUID, Address> addresses) implements Account {

        public Open {
            Objects.requireNonNull(accountId, "accountId");
            addresses = Map.copyOf(addresses);
        }

        /** Whether {@code issuer} (a token's {@code sub}) is this account's owner. */
        public boolean ownedBy(String issuer) {
            return accountId.toString().equals(issuer);
        }

        Open with(Address address) {
            Map<UUID, Address> changed = new LinkedHashMap<>(addresses);
            changed.put(address.addressId(), address);
            return new Open(accountId, changed);
        }

        Open without(UUID addressId) {
            Map<UUID, Address> changed = new LinkedHashMap<>(addresses);
            changed.remove(addressId);
            return new Open(accountId, changed);
        }
    }

    record Address(UUID addressId, String street, String city, String postalCode, String country) {
    }
}
