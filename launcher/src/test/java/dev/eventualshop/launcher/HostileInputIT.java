package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RELIABILITY.md "Hostile input" against the routes that exist, through the gateway: every malformed or
 * hostile request gets the answer API.md gives it (400, 401, 404, 405, 413 or 415 as problem+json), never a
 * 5xx, and stores no event and no command. Valid but hostile content (markup, SQL, right-to-left text,
 * emoji) is stored and returned unchanged, as JSON.
 */
@ExtendWith(RunningShop.class)
class HostileInputIT {

    private static final String USERS = "/api/v1/identity/users";
    private static final String RESEND = "/api/v1/identity/email-confirmation-requests";
    private static final String PASSWORD = "/api/v1/identity/password";
    private static final String VALID_NAMES = "\"firstName\": \"Eve\", \"lastName\": \"Hostile\"";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Hostile(String name, String method, String path, String contentType, String body, boolean signedIn,
                   String authorization, int expected) {
    }

    @TestFactory
    Stream<DynamicTest> each_hostile_request_gets_its_answer_and_stores_nothing(Launcher shop) throws Exception {
        String token = TokenJourneyIT.sign(shop, TokenJourneyIT.identityKey(shop),
                TokenJourneyIT.claims(shop).subject(UUID.randomUUID().toString()).build());
        JdbcTemplate identityDb = shop.services().get("identity-command").getBean(JdbcTemplate.class);
        long[] before = {count(identityDb, "events"), count(identityDb, "commands")};
        List<DynamicTest> tests = new ArrayList<>();
        for (Hostile hostile : cases()) {
            tests.add(DynamicTest.dynamicTest(hostile.name() + " -> " + hostile.expected(), () -> {
                HttpResponse<String> response = send(shop, hostile, token);
                assertThat(response.statusCode()).as("%s: %s", hostile.name(), response.body())
                        .isEqualTo(hostile.expected());
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .as(hostile.name()).startsWith("application/problem+json");
                assertThat(response.body()).as("%s: no internals", hostile.name())
                        .doesNotContain("Exception", "at org.", "at java.", "at dev.");
            }));
        }
        tests.add(DynamicTest.dynamicTest("none of them stored an event or a command", () -> {
            assertThat(count(identityDb, "events")).isEqualTo(before[0]);
            assertThat(count(identityDb, "commands")).isEqualTo(before[1]);
        }));
        return tests.stream();
    }

    @Test
    void markup_sql_right_to_left_text_and_emoji_are_stored_and_returned_unchanged_as_json(Launcher shop) {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        String email = ShopClient.uniqueEmail("unicode");
        String password = "p4ssw0rd with ünïcödé ✓";
        String firstName = "<script>alert('x')</script> مرحبا";
        String lastName = "Robert'); DROP TABLE credentials;-- 🦄✨ {\"$gt\": \"\"}";
        HttpResponse<String> registered = api.send("POST", USERS, null, JSON.writeValueAsString(Map.of(
                "email", email, "password", password, "firstName", firstName, "lastName", lastName)));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(202);
        Map<String, String> link = IdentityJourneyIT.confirmationLink(api, email, 1);
        assertThat(api.confirm(link.get("userId"), link.get("token")).statusCode()).isEqualTo(202);
        String accessToken = IdentityJourneyIT.identity(shop).signInWithPkce(email, password)
                .get("access_token").asString();

        HttpResponse<String> me = await().atMost(Duration.ofSeconds(30)).until(() -> api.me(accessToken),
                response -> response.statusCode() == 200);

        assertThat(me.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode view = ShopClient.json(me.body());
        assertThat(view.path("firstName").asString()).isEqualTo(firstName);
        assertThat(view.path("lastName").asString()).isEqualTo(lastName);
    }

    private static List<Hostile> cases() {
        String json = "application/json";
        String user = UUID.randomUUID().toString();
        String confirm = USERS + "/" + user + "/email-confirmation";
        String deep = "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000);
        String huge = "x".repeat(10_000);
        String twoMegabytes = "{\"email\": \"a@example.test\", \"password\": \"long enough\", " + VALID_NAMES
                + ", \"padding\": \"" + "y".repeat(2 * 1024 * 1024) + "\"}";
        List<Hostile> cases = new ArrayList<>();
        // Registration (anonymous): shape, mass assignment, sizes, types, injection.
        cases.add(anon("register: malformed JSON", "POST", USERS, json, "{\"email\":", 400));
        cases.add(anon("register: empty body", "POST", USERS, json, "", 400));
        cases.add(anon("register: a JSON array", "POST", USERS, json, "[]", 400));
        cases.add(anon("register: text/plain", "POST", USERS, "text/plain", register("e@example.test"), 415));
        cases.add(anon("register: XML", "POST", USERS, "application/xml", "<user/>", 415));
        cases.add(anon("register: role in the body", "POST", USERS, json,
                register("e@example.test").replace("{", "{\"role\": \"ADMIN\", "), 400));
        cases.add(anon("register: roles in the body", "POST", USERS, json,
                register("e@example.test").replace("{", "{\"roles\": [\"ADMIN\"], "), 400));
        cases.add(anon("register: a user id in the body", "POST", USERS, json,
                register("e@example.test").replace("{", "{\"userId\": \"" + user + "\", "), 400));
        cases.add(anon("register: emailConfirmed in the body", "POST", USERS, json,
                register("e@example.test").replace("{", "{\"emailConfirmed\": true, "), 400));
        cases.add(anon("register: no email", "POST", USERS, json,
                "{\"password\": \"long enough\", " + VALID_NAMES + "}", 400));
        cases.add(anon("register: not an email", "POST", USERS, json, register("not-an-email"), 400));
        cases.add(anon("register: 10,000-character email", "POST", USERS, json,
                register(huge + "@example.test"), 400));
        cases.add(anon("register: SQL in the email", "POST", USERS, json, register("' OR 1=1 --@example.test"), 400));
        cases.add(anon("register: email as a number", "POST", USERS, json,
                "{\"email\": 5, \"password\": \"long enough\", " + VALID_NAMES + "}", 400));
        cases.add(anon("register: email null", "POST", USERS, json,
                "{\"email\": null, \"password\": \"long enough\", " + VALID_NAMES + "}", 400));
        cases.add(anon("register: MongoDB operator as the email", "POST", USERS, json,
                "{\"email\": {\"$gt\": \"\"}, \"password\": \"long enough\", " + VALID_NAMES + "}", 400));
        cases.add(anon("register: short password", "POST", USERS, json,
                "{\"email\": \"e@example.test\", \"password\": \"short\", " + VALID_NAMES + "}", 400));
        cases.add(anon("register: 10,000-character password", "POST", USERS, json,
                "{\"email\": \"e@example.test\", \"password\": \"" + huge + "\", " + VALID_NAMES + "}", 400));
        cases.add(anon("register: 10,000-character name", "POST", USERS, json,
                "{\"email\": \"e@example.test\", \"password\": \"long enough\", \"firstName\": \"" + huge
                        + "\", \"lastName\": \"L\"}", 400));
        cases.add(anon("register: a null byte in the name", "POST", USERS, json,
                "{\"email\": \"e@example.test\", \"password\": \"long enough\", \"firstName\": \"Eve\\u0000\", "
                        + "\"lastName\": \"L\"}", 400));
        cases.add(anon("register: empty names", "POST", USERS, json,
                "{\"email\": \"e@example.test\", \"password\": \"long enough\", \"firstName\": \"\", "
                        + "\"lastName\": \"\"}", 400));
        cases.add(anon("register: deep nesting", "POST", USERS, json,
                "{\"email\": \"e@example.test\", \"password\": \"long enough\", \"firstName\": " + deep
                        + ", \"lastName\": \"L\"}", 400));
        cases.add(anon("register: duplicate keys", "POST", USERS, json,
                "{\"email\": \"e@example.test\", \"email\": \"f@example.test\", \"password\": \"long enough\", "
                        + VALID_NAMES + "}", 400));
        cases.add(anon("register: a 2 MB body", "POST", USERS, json, twoMegabytes, 413));
        // Email confirmation (anonymous).
        cases.add(anon("confirm: malformed user id", "POST", USERS + "/not-a-uuid/email-confirmation", json,
                "{\"token\": \"abc\"}", 400));
        cases.add(anon("confirm: SQL as the user id", "POST", USERS + "/1'%20OR%20'1'='1/email-confirmation", json,
                "{\"token\": \"abc\"}", 400));
        cases.add(anon("confirm: no token", "POST", confirm, json, "{}", 400));
        cases.add(anon("confirm: 10,000-character token", "POST", confirm, json, "{\"token\": \"" + huge + "\"}", 400));
        cases.add(anon("confirm: MongoDB operator as the token", "POST", confirm, json,
                "{\"token\": {\"$ne\": null}}", 400));
        cases.add(anon("confirm: unknown field", "POST", confirm, json, "{\"token\": \"abc\", \"confirmed\": true}", 400));
        // Resending the confirmation (anonymous).
        cases.add(anon("resend: not an email", "POST", RESEND, json, "{\"email\": \"nope\"}", 400));
        cases.add(anon("resend: $where as the email", "POST", RESEND, json,
                "{\"email\": {\"$where\": \"sleep(1000)\"}}", 400));
        cases.add(anon("resend: unknown field", "POST", RESEND, json,
                "{\"email\": \"e@example.test\", \"userId\": \"" + user + "\"}", 400));
        // Password change (signed in with a valid token).
        cases.add(signedIn("password: no body", "PUT", PASSWORD, json, "", 400));
        cases.add(signedIn("password: new password too short", "PUT", PASSWORD, json,
                "{\"currentPassword\": \"long enough\", \"newPassword\": \"short\"}", 400));
        cases.add(signedIn("password: a user id in the body", "PUT", PASSWORD, json,
                "{\"currentPassword\": \"long enough\", \"newPassword\": \"long enough 2\", \"userId\": \""
                        + user + "\"}", 400));
        cases.add(signedIn("password: an array for the password", "PUT", PASSWORD, json,
                "{\"currentPassword\": [\"a\"], \"newPassword\": \"long enough 2\"}", 400));
        cases.add(signedIn("password: text/plain", "PUT", PASSWORD, "text/plain", "long enough", 415));
        cases.add(anon("password: no token", "PUT", PASSWORD, json,
                "{\"currentPassword\": \"long enough\", \"newPassword\": \"long enough 2\"}", 401));
        cases.add(new Hostile("password: an empty bearer", "PUT", PASSWORD, json,
                "{\"currentPassword\": \"long enough\", \"newPassword\": \"long enough 2\"}", false, "Bearer ", 401));
        cases.add(new Hostile("me: Basic credentials", "GET", "/api/v1/me", null, null, false,
                "Basic YWRtaW46YWRtaW4=", 401));
        // Reads and routing.
        cases.add(signedIn("command status: malformed id", "GET", "/api/v1/commands/abc", null, null, 400));
        cases.add(signedIn("command status: SQL as the id", "GET", "/api/v1/commands/1'%20OR%20'1'='1", null, null, 400));
        cases.add(signedIn("command status: someone's unknown id", "GET", "/api/v1/commands/" + user, null, null, 404));
        cases.add(signedIn("me: no view for this user", "GET", "/api/v1/me", null, null, 404));
        cases.add(signedIn("me: another user's id as a parameter", "GET", "/api/v1/me?userId=" + user, null, null, 404));
        cases.add(signedIn("an unknown API route", "GET", "/api/v1/nothing-here", null, null, 404));
        cases.add(signedIn("register: PATCH", "PATCH", USERS, json, register("e@example.test"), 405));
        return cases;
    }

    private static Hostile anon(String name, String method, String path, String contentType, String body,
                                int expected) {
        return new Hostile(name, method, path, contentType, body, false, null, expected);
    }

    private static Hostile signedIn(String name, String method, String path, String contentType, String body,
                                    int expected) {
        return new Hostile(name, method, path, contentType, body, true, null, expected);
    }

    private static String register(String email) {
        return "{\"email\": \"" + email + "\", \"password\": \"long enough\", " + VALID_NAMES + "}";
    }

    private static HttpResponse<String> send(Launcher shop, Hostile hostile, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(shop.settings().shopUrl() + hostile.path()))
                .timeout(Duration.ofSeconds(30))
                .method(hostile.method(), hostile.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(hostile.body()));
        if (hostile.contentType() != null) {
            request.header("Content-Type", hostile.contentType());
        }
        if (hostile.signedIn()) {
            request.header("Authorization", "Bearer " + token);
        } else if (hostile.authorization() != null) {
            request.header("Authorization", hostile.authorization());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(JdbcTemplate db, String table) {
        return db.queryForObject("select count(*) from " + table, Long.class);
    }
}
