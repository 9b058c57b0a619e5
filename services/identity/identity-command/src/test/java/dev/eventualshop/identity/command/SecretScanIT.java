package dev.eventualshop.identity.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs last: after the other suites' journeys (and one of its own, so it also stands alone), no password,
 * password hash, confirmation token or token hash appears in the events, the commands log, any message the
 * broker carried or any log line, with DEBUG logging on for {@code dev.eventualshop}.
 */
@Order(100)
class SecretScanIT extends IdentityCommandSuite {

    @Test
    @Order(1)
    void a_journey_of_its_own_handles_every_kind_of_secret() {
        String email = "scan." + UUID.randomUUID() + "@example.com";
        String password = "scan password " + UUID.randomUUID();
        Link first = registered(email, password, "Scan");
        assertThat(outcome(commandIdOf(http.confirm(first.userId(), "a" + first.token().substring(1)))))
                .isEqualTo("REJECTED INVALID_TOKEN");
        assertThat(outcome(commandIdOf(http.requestConfirmation(email)))).isEqualTo("SUCCEEDED");
        remember(password, email);
        Link second = linkIn(awaitMails(email, 2).get(1));
        SECRETS.add(second.token());
        assertThat(outcome(commandIdOf(http.confirm(second.userId(), second.token())))).isEqualTo("SUCCEEDED");

        String accessToken = http.signInWithPkce(email, password).get("access_token").asString();
        String newPassword = "scan new password " + UUID.randomUUID();
        UUID change = UUID.randomUUID();
        assertThat(http.changePassword(accessToken, change, """
                {"currentPassword": "%s", "newPassword": "%s"}""".formatted(password, newPassword)).statusCode())
                .isEqualTo(202);
        assertThat(outcome(change)).isEqualTo("SUCCEEDED");
        remember(newPassword, email);
        String secondTry = "taken password " + UUID.randomUUID();
        SECRETS.add(secondTry);
        assertThat(http.register(UUID.randomUUID(), email, secondTry, "Scan").statusCode()).isEqualTo(202);
    }

    @Test
    @Order(100)
    void no_password_hash_or_token_appears_in_events_commands_messages_or_logs() {
        assertThat(SECRETS).hasSizeGreaterThanOrEqualTo(8);
        List<String> messages = drainScanQueue();
        assertThat(messages).as("the relay published the journeys' messages")
                .anyMatch(m -> m.contains("identity.v1.UserRegistered"))
                .anyMatch(m -> m.contains("identity.EmailConfirmed"))
                .anyMatch(m -> m.contains("REJECTED"));

        List<String> events = jdbc.queryForList("select payload from events", String.class);
        List<String> commands = jdbc.query("select * from commands", (rs, row) -> {
            StringBuilder line = new StringBuilder();
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                line.append(rs.getString(column)).append('|');
            }
            return line.toString();
        });
        List<String> logs = CapturedLog.lines();
        assertThat(events).isNotEmpty();
        assertThat(commands).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from outbox_commands", Integer.class))
                .as("the mail requests, links included, are gone from the outbox once published").isZero();
        assertThat(logs).anyMatch(line -> line.startsWith("DEBUG dev.eventualshop"));

        for (String secret : SECRETS) {
            assertThat(events).as("events").noneMatch(payload -> payload.contains(secret));
            assertThat(commands).as("commands").noneMatch(row -> row.contains(secret));
            assertThat(messages).as("broker messages").noneMatch(message -> message.contains(secret));
            assertThat(logs).as("log lines").noneMatch(line -> line.contains(secret));
        }
    }
}
