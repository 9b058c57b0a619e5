package dev.eventualshop.identity.command.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.RecordedEvent;
import dev.eventualshop.eventstore.StreamRef;
import dev.eventualshop.identity.IdentityMessages;
import dev.eventualshop.identity.command.application.Credential;
import dev.eventualshop.identity.command.domain.Roles;
import dev.eventualshop.identity.command.domain.UserCommand;
import dev.eventualshop.identity.command.domain.UserCommand.Confirmation;
import dev.eventualshop.identity.internal.UserEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The credentials table, given a command and the events it caused, read back through {@link JdbcCredentials}. */
class CredentialsProjectionTest {

    private static final UUID USER = UUID.fromString("0b7e6c8a-3d5f-4a1e-8c2b-9f0d1e2a3b4c");
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant EXPIRES = AT.plus(Duration.ofHours(24));

    private JdbcTemplate jdbc;
    private CredentialsProjection projection;
    private JdbcCredentials credentials;
    private long version;

    @BeforeEach
    void freshTable() throws IOException {
        jdbc = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:mem:credentials-" + UUID.randomUUID() + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1", "sa", ""));
        jdbc.execute(new ClassPathResource("db/migration/identity-command/h2/V100__credentials.sql")
                .getContentAsString(StandardCharsets.UTF_8));
        projection = new CredentialsProjection(jdbc);
        credentials = new JdbcCredentials(jdbc);
        version = 0;
    }

    @Test
    void a_registration_stores_the_password_hash_roles_and_pending_token() {
        given(new UserCommand.Register(USER, "Ada@Example.com", "Ada", "Lovelace", Roles.SHOPPER, "{bcrypt}hash",
                        new Confirmation.Pending("token-hash", EXPIRES), AT),
                new UserEvent.UserRegistered(USER, "Ada@Example.com", "Ada", "Lovelace", Roles.SHOPPER, AT),
                new UserEvent.ConfirmationRequested(USER, AT, EXPIRES));

        assertThat(credentials.byEmail("  ada@EXAMPLE.com ")).contains(new Credential(USER, "Ada@Example.com",
                "{bcrypt}hash", List.of("CUSTOMER"), false, "token-hash", EXPIRES));
        assertThat(credentials.byId(USER)).isEqualTo(credentials.byEmail("ada@example.com"));
    }

    @Test
    void a_confirmation_marks_the_address_and_forgets_the_token() {
        registered();
        given(new UserCommand.ConfirmEmail(USER, "token-hash", "token-hash", AT.plusSeconds(60)),
                new UserEvent.EmailConfirmed(USER, "ada@example.com", AT.plusSeconds(60)));

        Credential credential = credentials.byId(USER).orElseThrow();
        assertThat(credential.emailConfirmed()).isTrue();
        assertThat(credential.confirmationTokenHash()).isNull();
        assertThat(credential.confirmationExpiresAt()).isNull();
    }

    @Test
    void a_new_link_replaces_the_token_and_its_expiry() {
        registered();
        Instant later = AT.plus(Duration.ofHours(30));
        given(new UserCommand.RequestConfirmation(USER, new Confirmation.Pending("new-hash", later.plus(Duration.ofHours(24))),
                        later),
                new UserEvent.ConfirmationRequested(USER, later, later.plus(Duration.ofHours(24))));

        Credential credential = credentials.byId(USER).orElseThrow();
        assertThat(credential.confirmationTokenHash()).isEqualTo("new-hash");
        assertThat(credential.confirmationExpiresAt()).isEqualTo(later.plus(Duration.ofHours(24)));
    }

    @Test
    void a_password_change_replaces_the_hash() {
        registered();
        given(new UserCommand.ChangePassword(USER, true, "{bcrypt}new", AT.plusSeconds(5)),
                new UserEvent.PasswordChanged(USER, AT.plusSeconds(5)));

        assertThat(credentials.byId(USER).orElseThrow().passwordHash()).isEqualTo("{bcrypt}new");
    }

    @Test
    void the_seeded_admin_is_stored_confirmed_with_both_roles() {
        given(new UserCommand.Register(USER, "admin@example.com", "Admin", "Shop", Roles.OPERATOR, "{bcrypt}admin",
                        Confirmation.ALREADY_CONFIRMED, AT),
                new UserEvent.UserRegistered(USER, "admin@example.com", "Admin", "Shop", Roles.OPERATOR, AT),
                new UserEvent.EmailConfirmed(USER, "admin@example.com", AT));

        Credential admin = credentials.byEmail("admin@example.com").orElseThrow();
        assertThat(admin.roles()).containsExactly("CUSTOMER", "ADMIN");
        assertThat(admin.emailConfirmed()).isTrue();
    }

    @Test
    void nothing_is_found_for_an_unknown_account() {
        assertThat(credentials.byId(USER)).isEmpty();
        assertThat(credentials.byEmail("nobody@example.com")).isEmpty();
    }

    private void registered() {
        given(new UserCommand.Register(USER, "ada@example.com", "Ada", "Lovelace", Roles.SHOPPER, "{bcrypt}hash",
                        new Confirmation.Pending("token-hash", EXPIRES), AT),
                new UserEvent.UserRegistered(USER, "ada@example.com", "Ada", "Lovelace", Roles.SHOPPER, AT),
                new UserEvent.ConfirmationRequested(USER, AT, EXPIRES));
    }

    private void given(UserCommand command, UserEvent... events) {
        List<RecordedEvent<UserEvent>> recorded = new ArrayList<>();
        for (UserEvent event : events) {
            recorded.add(new RecordedEvent<>(new StreamRef(IdentityMessages.USER_STREAM, USER.toString()), ++version,
                    event));
        }
        projection.apply(CommandEnvelope.of(UUID.randomUUID(), null, command), recorded);
    }
}
