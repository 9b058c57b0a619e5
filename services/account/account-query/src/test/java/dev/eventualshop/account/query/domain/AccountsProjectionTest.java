package dev.eventualshop.account.query.domain;

import static dev.eventualshop.projection.ProjectionRunner.Outcome.APPLIED;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.DUPLICATE;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.WAITING;

import dev.eventualshop.account.internal.AccountEvent;
import dev.eventualshop.projection.test.ProjectionSpec;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountsProjectionTest {

    static final UUID OWNER = UUID.fromString("3f2b8c1e-6d4a-4e0b-9a7c-1b2d3e4f5a60");
    static final UUID HOME = UUID.fromString("0d6f1a52-3c1b-5e6a-8f7b-2a3b4c5d6e7f");
    static final UUID WORK = UUID.fromString("1e7a2b63-4d2c-5f7b-9a8c-3b4c5d6e7f80");
    static final AccountEvent.AccountOpened OPENED = new AccountEvent.AccountOpened(OWNER, "Ada", "Lovelace");
    static final AccountEvent.ProfileChanged RENAMED = new AccountEvent.ProfileChanged(OWNER, "Augusta Ada", "King");
    static final AccountEvent.AddressAdded HOME_ADDED = new AccountEvent.AddressAdded(OWNER, HOME, "12 St James's Sq",
            "London", "SW1Y 4JH", "GB");
    static final AccountEvent.AddressAdded WORK_ADDED = new AccountEvent.AddressAdded(OWNER, WORK, "1 Analytical Way",
            "Cambridge", "CB2 1TN", "GB");
    static final AccountEvent.AddressDeleted HOME_DELETED = new AccountEvent.AddressDeleted(OWNER, HOME);

    static final AccountView.Address HOME_VIEW = new AccountView.Address(HOME, "12 St James's Sq", "London",
            "SW1Y 4JH", "GB");
    static final AccountView.Address WORK_VIEW = new AccountView.Address(WORK, "1 Analytical Way", "Cambridge",
            "CB2 1TN", "GB");

    final ProjectionSpec<AccountView> accounts = ProjectionSpec.of(new AccountsProjection()).onStream(OWNER.toString());

    static AccountView view(String firstName, String lastName, AccountView.Address... addresses) {
        return new AccountView(OWNER, new AccountView.Profile(firstName, lastName), List.of(addresses));
    }

    @Test
    void an_opened_account_is_readable_by_its_owner_only() {
        accounts.given().when(OPENED)
                .then(view("Ada", "Lovelace")).thenVersion(1)
                .thenOwners(OWNER.toString()).thenAnnounced(1L);
    }

    @Test
    void a_profile_change_replaces_the_names() {
        accounts.given(OPENED).when(RENAMED).then(view("Augusta Ada", "King")).thenVersion(2);
    }

    @Test
    void addresses_are_listed_in_the_order_they_were_added() {
        accounts.given(OPENED).when(HOME_ADDED, WORK_ADDED).then(view("Ada", "Lovelace", HOME_VIEW, WORK_VIEW))
                .thenVersion(3);
    }

    @Test
    void a_deleted_address_disappears_and_the_others_stay() {
        accounts.given(OPENED, HOME_ADDED, WORK_ADDED).when(HOME_DELETED)
                .then(view("Ada", "Lovelace", WORK_VIEW)).thenVersion(4);
    }

    @Test
    void duplicates_change_nothing() {
        accounts.given(OPENED, HOME_ADDED, RENAMED)
                .when(accounts.at(2, HOME_ADDED), accounts.at(1, OPENED), accounts.at(3, RENAMED))
                .thenOutcomes(DUPLICATE, DUPLICATE, DUPLICATE)
                .then(view("Augusta Ada", "King", HOME_VIEW)).thenVersion(3);
    }

    @Test
    void an_event_before_the_opening_waits_and_shows_nothing() {
        accounts.given().when(accounts.at(2, RENAMED)).thenOutcomes(WAITING).thenWaiting(2L).thenNoView();
    }

    @Test
    void out_of_order_events_end_as_in_order() {
        accounts.given().when(accounts.at(4, HOME_DELETED), accounts.at(3, HOME_ADDED), accounts.at(2, RENAMED),
                        accounts.at(1, OPENED))
                .thenOutcomes(WAITING, WAITING, WAITING, APPLIED)
                .then(view("Augusta Ada", "King")).thenVersion(4).thenWaiting();
    }
}
