package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.identity.command.IdentityHttp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** A newcomer's first minutes, through the gateway of one running launcher, as README's "sign in" describes. */
@ExtendWith(RunningShop.class)
class IdentityJourneyIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void a_newcomer_registers_reads_the_mail_confirms_signs_in_with_pkce_and_sees_themselves(Launcher shop) {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        String email = ShopClient.uniqueEmail("newcomer");
        String password = "correct horse battery staple";

        HttpResponse<String> registered = api.register(email, password, "Ada");
        assertThat(registered.statusCode()).isEqualTo(202);
        assertThat(registered.headers().firstValue("Location")).as("an anonymous command has no status").isEmpty();

        Map<String, String> link = confirmationLink(api, email, 1);
        assertThat(api.confirm(link.get("userId"), link.get("token")).statusCode()).isEqualTo(202);

        String accessToken = identity(shop).signInWithPkce(email, password).get("access_token").asString();
        JsonNode me = await().atMost(PATIENCE).until(() -> api.me(accessToken),
                        response -> response.statusCode() == 200
                                && ShopClient.json(response.body()).path("emailConfirmed").asBoolean())
                .body().transform(ShopClient::json);
        assertThat(me.path("userId").asString()).isEqualTo(link.get("userId"));
        assertThat(me.path("email").asString()).isEqualTo(email);
        assertThat(me.path("firstName").asString()).isEqualTo("Ada");
        assertThat(me.path("roles").toString()).contains("CUSTOMER").doesNotContain("ADMIN");
    }

    @Test
    void registering_a_taken_email_answers_alike_makes_no_second_user_and_tells_the_owner(Launcher shop) {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        String email = ShopClient.uniqueEmail("owner");
        HttpResponse<String> first = api.register(email, "the owner's password", "Owner");
        assertThat(first.statusCode()).isEqualTo(202);
        confirmationLink(api, email, 1);

        HttpResponse<String> again = api.register(email.toUpperCase(Locale.ROOT), "an intruder's password",
                "Intruder");

        assertThat(again.statusCode()).as("no enumeration: the same answer").isEqualTo(202);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Location")).isEmpty();
        List<JsonNode> mails = await().atMost(PATIENCE).until(() -> api.mail(email), received -> received.size() >= 2);
        assertThat(mails).as("a confirmation, then a notice to the owner").hasSize(2);
        assertThat(mails.get(1).path("links").toString()).doesNotContain("confirm-email");
        JdbcTemplate identityDb = shop.services().get("identity-command").getBean(JdbcTemplate.class);
        assertThat(identityDb.queryForObject("select count(*) from credentials where email_key = ?", Long.class,
                email.toLowerCase(Locale.ROOT))).isEqualTo(1);
        HttpResponse<String> intruder = identity(shop).login(email, "an intruder's password");
        assertThat(intruder.headers().firstValue("Location").orElse("")).as("the intruder cannot sign in")
                .contains("error");
    }

    static IdentityHttp identity(Launcher shop) {
        return new IdentityHttp(shop.settings().url(shop.settings().ports().identityCommand()));
    }

    /** The userId and token of the confirmation link in the {@code nth} mail to {@code email}. */
    static Map<String, String> confirmationLink(ShopClient api, String email, int nth) {
        List<JsonNode> mails = await().atMost(PATIENCE).until(() -> api.mail(email), received -> received.size() >= nth);
        String link = null;
        for (JsonNode candidate : mails.get(nth - 1).path("links")) {
            if (candidate.asString().contains("/confirm-email?")) {
                link = candidate.asString();
            }
        }
        assertThat(link).as("a confirmation link in %s", mails.get(nth - 1)).isNotNull();
        return IdentityHttp.query(link);
    }
}
