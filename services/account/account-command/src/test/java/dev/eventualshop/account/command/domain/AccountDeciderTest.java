package dev.eventualshop.account.command.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.account.commands.AccountCommand;
import dev.eventualshop.account.internal.AccountEvent;
import dev.eventualshop.decider.test.DeciderSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccountDeciderTest {

    static final UUID OWNER = UUID.fromString("3f2b8c1e-6d4a-4e0b-9a7c-1b2d3e4f5a60");
    static final String ISSUER = OWNER.toString();
    static final String STRANGER = "9a9b8c1e-6d4a-4e0b-9a7c-1b2d3e4f5a61";
    static final UUID HOME = UUID.fromString("0d6f1a52-3c1b-5e6a-8f7b-2a3b4c5d6e7f");
    static final AccountEvent.AccountOpened OPENED = new AccountEvent.AccountOpened(OWNER, "Ada", "Lovelace");
    static final AccountEvent.AddressAdded HOME_ADDED = new AccountEvent.AddressAdded(OWNER, HOME, "12 St James's Sq",
            "London", "SW1Y 4JH", "GB");

    final DeciderSpec<AccountCommand, Account, AccountEvent> account = DeciderSpec.of(new AccountDecider());

    static AccountCommand.AddAddress add(String issuer, UUID addressId) {
        return new AccountCommand.AddAddress(OWNER, issuer, addressId, "12 St James's Sq", "London", "SW1Y 4JH", "GB");
    }

    @Test
    void a_registration_opens_the_account_under_the_user_id() {
        account.given().when(new AccountCommand.OpenAccount(OWNER, "Ada", "Lovelace"))
                .then(OPENED)
                .thenState(state -> assertThat(state).isEqualTo(new Account.Open(OWNER, java.util.Map.of())));
    }

    @Test
    void an_account_is_opened_once() {
        account.given(OPENED).when(new AccountCommand.OpenAccount(OWNER, "Ada", "Lovelace"))
                .thenRejects("ACCOUNT_EXISTS");
    }

    @Test
    void an_account_may_open_without_names_but_not_with_control_characters_or_overlong_ones() {
        account.given().when(new AccountCommand.OpenAccount(OWNER, null, null))
                .then(new AccountEvent.AccountOpened(OWNER, null, null));
        account.given().when(new AccountCommand.OpenAccount(OWNER, "Ada\u0000", "Lovelace")).thenRejects("INVALID");
        account.given().when(new AccountCommand.OpenAccount(OWNER, "A".repeat(201), "Lovelace")).thenRejects("INVALID");
    }

    @Test
    void the_owner_changes_their_profile() {
        account.given(OPENED).when(new AccountCommand.ChangeProfile(OWNER, ISSUER, "Augusta Ada", "King"))
                .then(new AccountEvent.ProfileChanged(OWNER, "Augusta Ada", "King"));
    }

    @Test
    void a_profile_needs_both_names_within_limits() {
        account.given(OPENED).when(new AccountCommand.ChangeProfile(OWNER, ISSUER, " ", "King")).thenRejects("INVALID");
        account.given(OPENED).when(new AccountCommand.ChangeProfile(OWNER, ISSUER, "Ada", null)).thenRejects("INVALID");
        account.given(OPENED).when(new AccountCommand.ChangeProfile(OWNER, ISSUER, "Ada", "K".repeat(201)))
                .thenRejects("INVALID");
        account.given(OPENED).when(new AccountCommand.ChangeProfile(OWNER, ISSUER, "Ada", "Ki\nng"))
                .thenRejects("INVALID");
    }

    @Test
    void unicode_and_emoji_names_are_kept_as_given() {
        account.given(OPENED).when(new AccountCommand.ChangeProfile(OWNER, ISSUER, "Zoë 🚀", "<script>x</script>"))
                .then(new AccountEvent.ProfileChanged(OWNER, "Zoë 🚀", "<script>x</script>"));
    }

    @Test
    void another_users_profile_change_finds_nothing() {
        account.given(OPENED).when(new AccountCommand.ChangeProfile(OWNER, STRANGER, "Mallory", "Evil"))
                .thenRejects("NOT_FOUND");
        account.given(OPENED).when(new AccountCommand.ChangeProfile(OWNER, null, "Mallory", "Evil"))
                .thenRejects("NOT_FOUND");
        account.given(OPENED).when(new AccountCommand.ChangeProfile(OWNER, "system:reaction:x", "Mallory", "Evil"))
                .thenRejects("NOT_FOUND");
    }

    @Test
    void nothing_changes_on_an_account_that_is_not_open() {
        account.given().when(new AccountCommand.ChangeProfile(OWNER, ISSUER, "Ada", "King")).thenRejects("NOT_FOUND");
        account.given().when(add(ISSUER, HOME)).thenRejects("NOT_FOUND");
        account.given().when(new AccountCommand.DeleteAddress(OWNER, ISSUER, HOME)).thenRejects("NOT_FOUND");
    }

    @Test
    void the_owner_adds_an_address() {
        account.given(OPENED).when(add(ISSUER, HOME)).then(HOME_ADDED)
                .thenState(state -> assertThat(((Account.Open) state).addresses()).containsOnlyKeys(HOME));
    }

    @Test
    void another_user_cannot_add_an_address() {
        account.given(OPENED).when(add(STRANGER, HOME)).thenRejects("NOT_FOUND");
    }

    @Test
    void an_address_needs_every_field_and_an_id() {
        account.given(OPENED).when(new AccountCommand.AddAddress(OWNER, ISSUER, HOME, "", "London", "SW1Y", "GB"))
                .thenRejects("INVALID");
        account.given(OPENED).when(new AccountCommand.AddAddress(OWNER, ISSUER, HOME, "Street", "London", "SW1Y", null))
                .thenRejects("INVALID");
        account.given(OPENED).when(new AccountCommand.AddAddress(OWNER, ISSUER, null, "Street", "London", "SW1Y", "GB"))
                .thenRejects("INVALID");
        account.given(OPENED).when(new AccountCommand.AddAddress(OWNER, ISSUER, HOME, "S".repeat(201), "London", "SW1Y",
                "GB")).thenRejects("INVALID");
    }

    @Test
    void the_same_address_id_is_added_once() {
        account.given(OPENED, HOME_ADDED).when(add(ISSUER, HOME)).thenRejects("ADDRESS_EXISTS");
    }

    @Test
    void an_account_keeps_at_most_ten_addresses() {
        List<AccountEvent> history = new ArrayList<>(List.of(OPENED));
        for (int i = 0; i < AccountDecider.ADDRESS_LIMIT - 1; i++) {
            history.add(new AccountEvent.AddressAdded(OWNER, UUID.randomUUID(), "Street " + i, "City", "1000", "CH"));
        }
        UUID tenth = UUID.randomUUID();
        account.given(history).when(add(ISSUER, tenth))
                .then(new AccountEvent.AddressAdded(OWNER, tenth, "12 St James's Sq", "London", "SW1Y 4JH", "GB"));

        history.add(new AccountEvent.AddressAdded(OWNER, tenth, "Street", "City", "1000", "CH"));
        account.given(history).when(add(ISSUER, UUID.randomUUID())).thenRejects("ADDRESS_LIMIT");
    }

    @Test
    void a_deleted_address_frees_its_place() {
        List<AccountEvent> history = new ArrayList<>(List.of(OPENED));
        for (int i = 0; i < AccountDecider.ADDRESS_LIMIT - 1; i++) {
            history.add(new AccountEvent.AddressAdded(OWNER, UUID.randomUUID(), "Street " + i, "City", "1000", "CH"));
        }
        history.add(HOME_ADDED);
        history.add(new AccountEvent.AddressDeleted(OWNER, HOME));
        UUID next = UUID.randomUUID();
        account.given(history).when(add(ISSUER, next))
                .then(new AccountEvent.AddressAdded(OWNER, next, "12 St James's Sq", "London", "SW1Y 4JH", "GB"));
    }

    @Test
    void the_owner_deletes_an_address() {
        account.given(OPENED, HOME_ADDED).when(new AccountCommand.DeleteAddress(OWNER, ISSUER, HOME))
                .then(new AccountEvent.AddressDeleted(OWNER, HOME))
                .thenState(state -> assertThat(((Account.Open) state).addresses()).isEmpty());
    }

    @Test
    void deleting_another_users_address_finds_nothing_and_leaves_it() {
        account.given(OPENED, HOME_ADDED).when(new AccountCommand.DeleteAddress(OWNER, STRANGER, HOME))
                .thenRejects("NOT_FOUND");
        account.given(OPENED, HOME_ADDED).when(new AccountCommand.DeleteAddress(OWNER, ISSUER, HOME))
                .then(new AccountEvent.AddressDeleted(OWNER, HOME));
    }

    @Test
    void deleting_an_unknown_or_deleted_address_finds_nothing() {
        account.given(OPENED).when(new AccountCommand.DeleteAddress(OWNER, ISSUER, HOME)).thenRejects("NOT_FOUND");
        account.given(OPENED, HOME_ADDED, new AccountEvent.AddressDeleted(OWNER, HOME))
                .when(new AccountCommand.DeleteAddress(OWNER, ISSUER, HOME)).thenRejects("NOT_FOUND");
        account.given(OPENED, HOME_ADDED).when(new AccountCommand.DeleteAddress(OWNER, ISSUER, null))
                .thenRejects("NOT_FOUND");
    }
}
