package dev.eventualshop.identity.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import tools.jackson.databind.JsonNode;

/**
 * Registering, confirming the address and signing in: the journey, a taken address, concurrent and repeated
 * registrations, and every refused confirmation token.
 */
@Order(1)
class RegistrationIT extends IdentityCommandSuite {

    @Test
    @Order(1)
    void a_person_registers_confirms_and_signs_in_with_pkce() {
        String email = "ada." + UUID.randomUUID() + "@example.com";
        String password = "correct horse " + UUID.randomUUID();
        UUID commandId = UUID.randomUUID();

        HttpResponse<String> registered = http.register(commandId, email, password, "Ada");
        assertThat(registered.statusCode()).isEqualTo(202);
        assertThat(IdentityHttp.json(registered.body()).get("commandId").asString()).isEqualTo(commandId.toString());
        assertThat(outcome(commandId)).isEqualTo("SUCCEEDED");
        remember(password, email);

        Link link = linkIn(awaitMails(email, 1).getFirst());
        SECRETS.add(link.token());
        assertThat(jdbc.queryForObject("select email_confirmed from credentials where user_id = ?", Boolean.class,
                link.userId())).isFalse();

        HttpResponse<String> confirmed = http.confirm(link.userId(), link.token());
        assertThat(confirmed.statusCode()).isEqualTo(202);
        assertThat(outcome(commandIdOf(confirmed))).isEqualTo("SUCCEEDED");
        assertThat(jdbc.queryForObject("select email_confirmed from credentials where user_id = ?", Boolean.class,
                link.userId())).isTrue();

        JsonNode tokens = http.signInWithPkce(email, password);
        String accessToken = tokens.get("access_token").asString();
        Jwt jwt = validatedAgainstJwks(accessToken);
        assertThat(jwt.getSubject()).isEqualTo(link.userId().toString());
        HttpResponse<String> userInfo = http.getWithBearer("/userinfo", accessToken);
        assertThat(userInfo.statusCode()).as(userInfo.body()).isEqualTo(200);
        assertThat(IdentityHttp.json(userInfo.body()).get("sub").asString()).isEqualTo(link.userId().toString());
        assertThat(jwt.getAudience()).containsExactly("eventualshop-api");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CUSTOMER");
        assertThat(jwt.getIssuer().toString()).isEqualTo(BASE);

        // The password change takes the user from the token and checks the current password.
        UUID wrongCurrent = UUID.randomUUID();
        assertThat(http.changePassword(accessToken, wrongCurrent, """
                {"currentPassword": "not my password", "newPassword": "another long password"}""").statusCode())
                .isEqualTo(202);
        assertThat(outcome(wrongCurrent)).isEqualTo("REJECTED INVALID_PASSWORD");
        String newPassword = "a new password " + UUID.randomUUID();
        SECRETS.add(newPassword);
        UUID change = UUID.randomUUID();
        assertThat(http.changePassword(accessToken, change, """
                {"currentPassword": "%s", "newPassword": "%s"}""".formatted(password, newPassword)).statusCode())
                .isEqualTo(202);
        assertThat(outcome(change)).isEqualTo("SUCCEEDED");
        remember(newPassword, email);
        assertThat(http.signInWithPkce(email, newPassword).get("access_token").asString()).isNotBlank();
        assertThat(http.login(email, password).headers().firstValue("Location").orElseThrow())
                .as("the old password no longer signs in").endsWith("/login?error");
        HttpResponse<String> signedIn = http.login(email, newPassword);
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .as("Identity's session cookie has a name of its own").anyMatch(c -> c.startsWith("IDENTITYSESSION="));
    }

    @Test
    @Order(3)
    void registering_an_existing_email_makes_no_second_user_and_notifies_the_owner() {
        String email = "grace." + UUID.randomUUID() + "@example.com";
        String password = "first password " + UUID.randomUUID();
        registered(email, password, "Grace");
        int events = count("select count(*) from events");

        String otherPassword = "second password " + UUID.randomUUID();
        SECRETS.add(otherPassword);
        UUID again = UUID.randomUUID();
        HttpResponse<String> answer = http.register(again, email.toUpperCase(), otherPassword, "Mallory");
        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(IdentityHttp.json(answer.body()).get("commandId").asString()).isEqualTo(again.toString());

        assertThat(outcome(again)).isEqualTo("REJECTED EMAIL_TAKEN");
        assertThat(count("select count(*) from credentials where email_key = ?", email.toLowerCase())).isEqualTo(1);
        assertThat(count("select count(*) from events")).isEqualTo(events);
        List<MailRequests.MailRequest> mails = awaitMails(email, 2);
        assertThat(mails.get(1).type()).isEqualTo("communication.SendRegistrationNotice");
        assertThat(mails.get(1).userId()).as("the owner is told").isEqualTo(mails.get(0).userId());
        assertThat(mails.get(1).link()).isNull();
    }

    @Test
    @Order(3)
    void concurrent_registrations_of_one_address_make_one_user() throws Exception {
        String email = "race." + UUID.randomUUID() + "@example.com";
        String password = "race password " + UUID.randomUUID();
        SECRETS.add(password);
        List<UUID> commandIds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            commandIds.add(UUID.randomUUID());
        }
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < commandIds.size(); i++) {
                UUID commandId = commandIds.get(i);
                String spelling = i % 2 == 0 ? email : email.toUpperCase();
                answers.add(threads.submit(() -> http.register(commandId, spelling, password, "Racer")));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(202);
            }
        }
        List<String> outcomes = commandIds.stream().map(this::outcome).toList();
        assertThat(outcomes).containsOnlyOnce("SUCCEEDED");
        assertThat(outcomes.stream().filter("REJECTED EMAIL_TAKEN"::equals)).hasSize(7);
        assertThat(count("select count(*) from credentials where email_key = ?", email)).isEqualTo(1);
        remember(password, email);
        List<MailRequests.MailRequest> mails = awaitMails(email, 8);
        assertThat(mails.stream().filter(mail -> mail.link() != null)).hasSize(1);
        mails.stream().filter(mail -> mail.link() != null).forEach(mail -> SECRETS.add(linkIn(mail).token()));
    }

    @Test
    @Order(4)
    void a_repeated_registration_command_is_answered_once() {
        String email = "repeat." + UUID.randomUUID() + "@example.com";
        String password = "repeat password " + UUID.randomUUID();
        UUID commandId = UUID.randomUUID();
        assertThat(http.register(commandId, email, password, "Rita").statusCode()).isEqualTo(202);
        remember(password, email);
        SECRETS.add(linkIn(awaitMails(email, 1).getFirst()).token());
        assertThat(http.register(commandId, email, password, "Rita").statusCode()).isEqualTo(202);
        assertThat(count("select count(*) from commands where command_id = ?", commandId)).isEqualTo(1);
        assertThat(count("select count(*) from credentials where email_key = ?", email)).isEqualTo(1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> mails.to(email).size() == 1);
    }

    @Test
    @Order(5)
    void a_wrong_expired_or_reused_token_is_rejected_and_changes_nothing() {
        String email = "linus." + UUID.randomUUID() + "@example.com";
        String password = "linus password " + UUID.randomUUID();
        Link first = registered(email, password, "Linus");
        Link otherLink = registered("other." + UUID.randomUUID() + "@example.com",
                "other password " + UUID.randomUUID(), "Other");
        Map<String, Object> before = credentialsOf(first.userId());
        int events = count("select count(*) from events");

        assertThat(outcome(commandIdOf(http.confirm(first.userId(), otherLink.token()))))
                .as("another account's token").isEqualTo("REJECTED INVALID_TOKEN");

        HttpResponse<String> wrong = http.confirm(first.userId(), first.token().substring(1) + "A");
        assertThat(outcome(commandIdOf(wrong))).isEqualTo("REJECTED INVALID_TOKEN");
        assertThat(http.confirm(UUID.randomUUID(), first.token()).statusCode()).isEqualTo(202);

        clock.advance(Duration.ofHours(24).plusSeconds(1));
        HttpResponse<String> expired = http.confirm(first.userId(), first.token());
        assertThat(outcome(commandIdOf(expired))).isEqualTo("REJECTED TOKEN_EXPIRED");
        assertThat(credentialsOf(first.userId())).isEqualTo(before);
        assertThat(count("select count(*) from events")).isEqualTo(events);

        HttpResponse<String> resend = http.requestConfirmation(email.toUpperCase());
        assertThat(resend.statusCode()).isEqualTo(202);
        assertThat(outcome(commandIdOf(resend))).isEqualTo("SUCCEEDED");
        Link second = linkIn(awaitMails(email, 2).get(1));
        SECRETS.add(second.token());
        SECRETS.add((String) credentialsOf(first.userId()).get("CONFIRMATION_TOKEN_HASH"));
        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(outcome(commandIdOf(http.confirm(first.userId(), first.token()))))
                .as("the link mailed first no longer counts").isEqualTo("REJECTED INVALID_TOKEN");

        assertThat(outcome(commandIdOf(http.confirm(second.userId(), second.token())))).isEqualTo("SUCCEEDED");
        Map<String, Object> confirmed = credentialsOf(first.userId());
        int eventsAfter = count("select count(*) from events");
        assertThat(outcome(commandIdOf(http.confirm(second.userId(), second.token()))))
                .isEqualTo("REJECTED ALREADY_CONFIRMED");
        assertThat(credentialsOf(first.userId())).isEqualTo(confirmed);
        assertThat(count("select count(*) from events")).isEqualTo(eventsAfter);

        // Asking again for a confirmed or unknown address is the same 202 and mails nothing.
        assertThat(outcome(commandIdOf(http.requestConfirmation(email)))).isEqualTo("REJECTED ALREADY_CONFIRMED");
        String stranger = "nobody." + UUID.randomUUID() + "@example.com";
        assertThat(outcome(commandIdOf(http.requestConfirmation(stranger)))).isEqualTo("REJECTED NOT_FOUND");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() ->
                mails.to(email).size() == 2 && mails.to(stranger).isEmpty());
    }
}
