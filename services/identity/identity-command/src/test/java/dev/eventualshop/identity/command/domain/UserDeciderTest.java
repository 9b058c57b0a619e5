package dev.eventualshop.identity.command.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.decider.test.DeciderSpec;
import dev.eventualshop.identity.command.domain.UserCommand.Confirmation;
import dev.eventualshop.identity.internal.UserEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserDeciderTest {

    private static final UUID USER = UUID.fromString("6f1d6f0e-2b7a-4c1e-9d5c-0b1e2f3a4b5c");
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant EXPIRES = AT.plus(Duration.ofHours(24));
    private static final String TOKEN_HASH = "hash-of-the-mailed-token";

    private static final UserEvent.UserRegistered REGISTERED = new UserEvent.UserRegistered(USER, "ada@example.com",
            "Ada", "Lovelace", Roles.SHOPPER, AT);
    private static final UserEvent.ConfirmationRequested REQUESTED =
            new UserEvent.ConfirmationRequested(USER, AT, EXPIRES);
    private static final UserEvent.EmailConfirmed CONFIRMED =
            new UserEvent.EmailConfirmed(USER, "ada@example.com", AT.plusSeconds(60));

    private final DeciderSpec<UserCommand, User, UserEvent> user = DeciderSpec.of(new UserDecider());

    private static UserCommand.Register register(Confirmation confirmation, List<String> roles) {
        return new UserCommand.Register(USER, "ada@example.com", "Ada", "Lovelace", roles, "{bcrypt}x",
                confirmation, AT);
    }

    private static UserCommand.ConfirmEmail confirm(String presented, String expected, Instant at) {
        return new UserCommand.ConfirmEmail(USER, presented, expected, at);
    }

    @Test
    void a_person_registers_and_is_asked_to_confirm_their_address() {
        user.given()
                .when(register(new Confirmation.Pending(TOKEN_HASH, EXPIRES), Roles.SHOPPER))
                .then(REGISTERED, REQUESTED)
                .thenState(state -> assertThat(state)
                        .isEqualTo(new User.Unconfirmed(USER, "ada@example.com", EXPIRES)));
    }

    @Test
    void the_seeded_admin_registers_with_an_address_already_confirmed() {
        user.given()
                .when(register(Confirmation.ALREADY_CONFIRMED, Roles.OPERATOR))
                .then(new UserEvent.UserRegistered(USER, "ada@example.com", "Ada", "Lovelace", Roles.OPERATOR, AT),
                        new UserEvent.EmailConfirmed(USER, "ada@example.com", AT))
                .thenState(state -> assertThat(state).isInstanceOf(User.Confirmed.class));
    }

    @Test
    void an_account_is_registered_once() {
        user.given(REGISTERED, REQUESTED)
                .when(register(new Confirmation.Pending(TOKEN_HASH, EXPIRES), Roles.SHOPPER))
                .thenRejects("ALREADY_REGISTERED");
    }

    @Test
    void the_latest_unexpired_token_confirms_the_address() {
        user.given(REGISTERED, REQUESTED)
                .when(confirm(TOKEN_HASH, TOKEN_HASH, AT.plusSeconds(60)))
                .then(CONFIRMED)
                .thenState(state -> assertThat(state).isEqualTo(new User.Confirmed(USER, "ada@example.com")));
    }

    @Test
    void a_wrong_token_is_refused() {
        user.given(REGISTERED, REQUESTED)
                .when(confirm("hash-of-a-guess", TOKEN_HASH, AT.plusSeconds(60)))
                .thenRejects("INVALID_TOKEN");
    }

    @Test
    void a_token_is_refused_when_none_is_outstanding() {
        user.given(REGISTERED, REQUESTED)
                .when(confirm(TOKEN_HASH, null, AT.plusSeconds(60)))
                .thenRejects("INVALID_TOKEN");
    }

    @Test
    void a_token_is_good_for_24_hours_only() {
        user.given(REGISTERED, REQUESTED)
                .when(confirm(TOKEN_HASH, TOKEN_HASH, EXPIRES.minusMillis(1)))
                .then(new UserEvent.EmailConfirmed(USER, "ada@example.com", EXPIRES.minusMillis(1)));
        user.given(REGISTERED, REQUESTED)
                .when(confirm(TOKEN_HASH, TOKEN_HASH, EXPIRES))
                .thenRejects("TOKEN_EXPIRED");
    }

    @Test
    void a_token_is_good_once() {
        user.given(REGISTERED, REQUESTED, CONFIRMED)
                .when(confirm(TOKEN_HASH, TOKEN_HASH, AT.plusSeconds(120)))
                .thenRejects("ALREADY_CONFIRMED");
    }

    @Test
    void nobody_confirms_an_account_that_does_not_exist() {
        user.given().when(confirm(TOKEN_HASH, TOKEN_HASH, AT)).thenRejects("NOT_FOUND");
    }

    @Test
    void asking_again_mails_a_new_link_with_a_new_expiry() {
        Instant later = AT.plus(Duration.ofHours(30));
        user.given(REGISTERED, REQUESTED)
                .when(new UserCommand.RequestConfirmation(USER,
                        new Confirmation.Pending("hash-of-a-new-token", later.plus(Duration.ofHours(24))), later))
                .then(new UserEvent.ConfirmationRequested(USER, later, later.plus(Duration.ofHours(24))))
                .thenState(state -> assertThat(((User.Unconfirmed) state).confirmationExpiresAt())
                        .isEqualTo(later.plus(Duration.ofHours(24))));
    }

    @Test
    void a_new_link_is_not_sent_for_a_confirmed_or_unknown_account() {
        UserCommand.RequestConfirmation request = new UserCommand.RequestConfirmation(USER,
                new Confirmation.Pending(TOKEN_HASH, EXPIRES), AT);
        user.given(REGISTERED, REQUESTED, CONFIRMED).when(request).thenRejects("ALREADY_CONFIRMED");
        user.given().when(request).thenRejects("NOT_FOUND");
    }

    @Test
    void the_password_changes_when_the_current_one_was_given() {
        user.given(REGISTERED, REQUESTED)
                .when(new UserCommand.ChangePassword(USER, true, "{bcrypt}new", AT.plusSeconds(5)))
                .then(new UserEvent.PasswordChanged(USER, AT.plusSeconds(5)));
    }

    @Test
    void the_password_stays_when_the_current_one_was_wrong() {
        user.given(REGISTERED, REQUESTED, CONFIRMED)
                .when(new UserCommand.ChangePassword(USER, false, "{bcrypt}new", AT.plusSeconds(5)))
                .thenRejects("INVALID_PASSWORD");
    }

    @Test
    void nobody_changes_the_password_of_an_account_that_does_not_exist() {
        user.given()
                .when(new UserCommand.ChangePassword(USER, true, "{bcrypt}new", AT))
                .thenRejects("NOT_FOUND");
    }

    @Test
    void commands_never_print_their_secrets() {
        assertThat(register(new Confirmation.Pending(TOKEN_HASH, EXPIRES), Roles.SHOPPER).toString())
                .doesNotContain("{bcrypt}x", TOKEN_HASH, "ada@example.com");
        assertThat(confirm("presented", TOKEN_HASH, AT).toString()).doesNotContain("presented", TOKEN_HASH);
        assertThat(new UserCommand.ChangePassword(USER, true, "{bcrypt}new", AT).toString())
                .doesNotContain("{bcrypt}new");
        assertThat(new UserCommand.RequestConfirmation(USER, new Confirmation.Pending(TOKEN_HASH, EXPIRES), AT)
                .toString()).doesNotContain(TOKEN_HASH);
    }
}
