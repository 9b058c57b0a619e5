package dev.eventualshop.identity.query.domain;

import static dev.eventualshop.projection.ProjectionRunner.Outcome.APPLIED;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.DUPLICATE;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.IGNORED;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.identity.IdentityMessages;
import dev.eventualshop.identity.internal.UserEvent;
import dev.eventualshop.projection.Delivery;
import dev.eventualshop.projection.test.ProjectionSpec;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UsersProjectionTest {

    static final UUID USER = UUID.fromString("3f2b8c1e-6d4a-4e0b-9a7c-1b2d3e4f5a60");
    static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    static final UserEvent.UserRegistered REGISTERED = new UserEvent.UserRegistered(USER, "ada@example.com", "Ada",
            "Lovelace", List.of("CUSTOMER"), AT);
    static final UserEvent.ConfirmationRequested CONFIRMATION_REQUESTED =
            new UserEvent.ConfirmationRequested(USER, AT, AT.plusSeconds(86_400));
    static final UserEvent.EmailConfirmed CONFIRMED = new UserEvent.EmailConfirmed(USER, "ada@example.com",
            AT.plusSeconds(60));
    static final UserEvent.PasswordChanged PASSWORD_CHANGED = new UserEvent.PasswordChanged(USER, AT.plusSeconds(120));

    final ProjectionSpec<UserView> users = ProjectionSpec.of(new UsersProjection()).onStream(USER.toString());

    static UserView unconfirmed() {
        return new UserView(USER, "ada@example.com", "Ada", "Lovelace", false, List.of("CUSTOMER"));
    }

    static UserView confirmed() {
        return new UserView(USER, "ada@example.com", "Ada", "Lovelace", true, List.of("CUSTOMER"));
    }

    @Test
    void a_registration_opens_the_users_view_unconfirmed_readable_by_that_user_only() {
        users.given().when(REGISTERED)
                .then(unconfirmed()).thenVersion(1)
                .thenOwners(USER.toString()).thenAnnounced(1L);
    }

    @Test
    void the_view_keeps_the_roles_the_account_was_registered_with() {
        UserEvent.UserRegistered admin = new UserEvent.UserRegistered(USER, "root@example.com", "Root", "Admin",
                List.of("CUSTOMER", "ADMIN"), AT);

        users.given().when(admin)
                .then(new UserView(USER, "root@example.com", "Root", "Admin", false, List.of("CUSTOMER", "ADMIN")));
    }

    @Test
    void a_mailed_confirmation_link_changes_nothing_visible_but_advances_the_version() {
        users.given(REGISTERED).when(CONFIRMATION_REQUESTED)
                .thenOutcomes(APPLIED)
                .then(unconfirmed()).thenVersion(2).thenAnnounced(2L);
    }

    @Test
    void confirming_the_email_marks_it_confirmed() {
        users.given(REGISTERED, CONFIRMATION_REQUESTED).when(CONFIRMED)
                .then(confirmed()).thenVersion(3).thenOwners(USER.toString());
    }

    @Test
    void a_password_change_changes_nothing_visible() {
        users.given(REGISTERED, CONFIRMATION_REQUESTED, CONFIRMED).when(PASSWORD_CHANGED)
                .thenOutcomes(APPLIED)
                .then(confirmed()).thenVersion(4);
    }

    @Test
    void redelivered_events_change_nothing_and_the_document_is_announced_again_at_its_version() {
        users.given(REGISTERED, CONFIRMATION_REQUESTED, CONFIRMED)
                .when(users.at(3, CONFIRMED), users.at(1, REGISTERED), users.at(2, CONFIRMATION_REQUESTED))
                .thenOutcomes(DUPLICATE, DUPLICATE, DUPLICATE)
                .then(confirmed()).thenVersion(3)
                .thenAnnounced(3L, 3L, 3L);
    }

    @Test
    void a_confirmation_that_arrives_before_the_registration_waits_and_shows_nothing_yet() {
        users.given().when(users.at(3, CONFIRMED))
                .thenOutcomes(WAITING)
                .thenNoView().thenWaiting(3L).thenAnnounced();
    }

    @Test
    void a_stream_delivered_backwards_ends_confirmed_at_its_latest_version_with_each_event_applied_once() {
        users.given().when(users.at(4, PASSWORD_CHANGED), users.at(3, CONFIRMED), users.at(2, CONFIRMATION_REQUESTED),
                        users.at(1, REGISTERED))
                .thenOutcomes(WAITING, WAITING, WAITING, APPLIED)
                .then(confirmed()).thenVersion(4)
                .thenWaiting().thenAnnounced(1L, 2L, 3L, 4L);
    }

    @Test
    void a_password_change_delivered_before_the_confirmation_leaves_the_view_unconfirmed_until_it_arrives() {
        users.given(REGISTERED, CONFIRMATION_REQUESTED).when(users.at(4, PASSWORD_CHANGED))
                .thenOutcomes(WAITING)
                .then(unconfirmed()).thenVersion(2).thenWaiting(4L);
    }

    @Test
    void events_of_another_stream_type_are_not_this_projections() {
        users.given(REGISTERED)
                .when(Delivery.own(UUID.randomUUID(), "account.Account", USER.toString(), 2, CONFIRMED))
                .thenOutcomes(IGNORED)
                .then(unconfirmed()).thenVersion(1);
    }

    @Test
    void the_view_holds_no_credential() {
        assertThat(UserView.class.getRecordComponents())
                .extracting(component -> component.getName().toLowerCase())
                .noneMatch(name -> name.contains("password") || name.contains("hash") || name.contains("token"));
    }

    @Test
    void the_projection_follows_the_user_stream_and_names_its_view() {
        UsersProjection projection = new UsersProjection();

        assertThat(projection.streamType()).isEqualTo(IdentityMessages.USER_STREAM);
        assertThat(projection.view()).isEqualTo(UsersProjection.VIEW);
        assertThat(projection.idOfStream(USER.toString())).isEqualTo(USER.toString());
    }
}
