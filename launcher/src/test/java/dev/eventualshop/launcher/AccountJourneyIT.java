package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A newcomer's account, through the gateway (issue 5): registering opens it, the owner edits the profile and
 * adds and deletes an address; another user sees none of it and cannot delete the owner's address.
 */
@ExtendWith(RunningShop.class)
class AccountJourneyIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void register_confirm_sign_in_then_the_account_exists_and_its_owner_edits_it(Launcher shop) {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        Newcomer ada = Newcomer.registered(shop, api, "Ada");

        JsonNode opened = account(api, ada.token(), view -> view.path("profile").path("firstName").asString()
                .equals("Ada"));
        assertThat(opened.path("accountId").asString()).isEqualTo(ada.userId());
        assertThat(opened.path("addresses")).isEmpty();

        assertThat(outcome(api, ada.token(), api.send("PUT", "/api/v1/account/profile", ada.token(),
                "{\"firstName\": \"Augusta Ada\", \"lastName\": \"King\"}"))).isEqualTo("SUCCEEDED");
        HttpResponse<String> added = api.send("POST", "/api/v1/account/addresses", ada.token(),
                "{\"street\": \"12 St James's Square\", \"city\": \"London\", \"postalCode\": \"SW1Y 4JH\", "
                        + "\"country\": \"GB\"}");
        assertThat(outcome(api, ada.token(), added)).isEqualTo("SUCCEEDED");
        String addressId = ShopClient.json(added.body()).path("resourceId").asString();
        JsonNode edited = account(api, ada.token(), view -> view.path("addresses").size() == 1
                && view.path("profile").path("firstName").asString().equals("Augusta Ada"));
        assertThat(edited.path("addresses").get(0).path("addressId").asString()).isEqualTo(addressId);
        assertThat(edited.path("addresses").get(0).path("city").asString()).isEqualTo("London");

        assertThat(outcome(api, ada.token(), api.send("DELETE", "/api/v1/account/addresses/" + addressId,
                ada.token(), null))).isEqualTo("SUCCEEDED");
        assertThat(account(api, ada.token(), view -> view.path("addresses").isEmpty()).path("addresses")).isEmpty();

        JsonNode notifications = notifications(api, ada.token(), list -> list.size() == 1
                && list.get(0).path("status").asString().equals("SENT"));
        assertThat(notifications.get(0).path("subject").asString()).isEqualTo("Confirm your EventualShop address");
        assertThat(notifications.get(0).path("sentAt").asString()).isNotBlank();
        assertThat(notifications.toString()).as("no link, token or address in the list").doesNotContain("token=",
                "@example");
    }

    @Test
    void another_user_sees_only_their_own_account_and_cannot_delete_the_owners_address(Launcher shop) {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        Newcomer owner = Newcomer.registered(shop, api, "Owner");
        Newcomer mallory = Newcomer.registered(shop, api, "Mallory");
        HttpResponse<String> added = api.send("POST", "/api/v1/account/addresses", owner.token(),
                "{\"street\": \"1 Main Street\", \"city\": \"Springfield\", \"postalCode\": \"12345\", "
                        + "\"country\": \"US\"}");
        assertThat(outcome(api, owner.token(), added)).isEqualTo("SUCCEEDED");
        String addressId = ShopClient.json(added.body()).path("resourceId").asString();
        account(api, owner.token(), view -> view.path("addresses").size() == 1);

        HttpResponse<String> foreignDelete = api.send("DELETE", "/api/v1/account/addresses/" + addressId,
                mallory.token(), null);
        String status = foreignDelete.headers().firstValue("Location").orElseThrow();
        JsonNode decided = await().atMost(PATIENCE).until(() -> ShopClient.json(api.get(status, mallory.token()).body()),
                view -> !view.path("status").asString().equals("PENDING"));
        assertThat(decided.path("status").asString()).isEqualTo("REJECTED");
        assertThat(decided.path("reason").asString()).isEqualTo("NOT_FOUND");

        JsonNode malloryView = account(api, mallory.token(), view -> view.path("profile").path("firstName")
                .asString().equals("Mallory"));
        assertThat(malloryView.toString()).doesNotContain("Springfield", owner.userId());
        assertThat(account(api, owner.token(), view -> true).path("addresses").size())
                .as("the owner's address survives").isEqualTo(1);
        assertThat(api.get("/api/v1/account?accountId=" + owner.userId(), mallory.token()).body())
                .as("no parameter reaches another account").doesNotContain("Springfield");

        String ownersMail = notifications(api, owner.token(), list -> list.size() == 1).get(0)
                .path("notificationId").asString();
        JsonNode mallorys = notifications(api, mallory.token(), list -> list.size() == 1);
        assertThat(mallorys.toString()).as("only Mallory's own mail").doesNotContain(ownersMail);
        assertThat(api.get("/api/v1/notifications?userId=" + owner.userId(), mallory.token()).body())
                .as("no parameter reaches another user's list").doesNotContain(ownersMail);
        assertThat(api.get("/api/v1/notifications", null).statusCode()).isEqualTo(401);
    }

    private static JsonNode notifications(ShopClient api, String token, java.util.function.Predicate<JsonNode> ready) {
        return await().atMost(PATIENCE).until(() -> {
            HttpResponse<String> response = api.get("/api/v1/notifications", token);
            return response.statusCode() == 200 ? ShopClient.json(response.body()) : null;
        }, list -> list != null && ready.test(list));
    }

    private static JsonNode account(ShopClient api, String token, java.util.function.Predicate<JsonNode> ready) {
        return await().atMost(PATIENCE).until(() -> {
            HttpResponse<String> response = api.get("/api/v1/account", token);
            return response.statusCode() == 200 ? ShopClient.json(response.body()) : null;
        }, view -> view != null && ready.test(view));
    }

    private static String outcome(ShopClient api, String token, HttpResponse<String> accepted) {
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String status = accepted.headers().firstValue("Location").orElseThrow();
        return await().atMost(PATIENCE).until(() -> ShopClient.json(api.get(status, token).body()).path("status")
                .asString(), value -> !value.equals("PENDING"));
    }

    /** A user who registered, confirmed and signed in with PKCE. */
    record Newcomer(String userId, String email, String token) {
        static Newcomer registered(Launcher shop, ShopClient api, String firstName) {
            String email = ShopClient.uniqueEmail(firstName.toLowerCase(java.util.Locale.ROOT));
            String password = "password of " + firstName + " " + UUID.randomUUID();
            assertThat(api.register(email, password, firstName).statusCode()).isEqualTo(202);
            Map<String, String> link = IdentityJourneyIT.confirmationLink(api, email, 1);
            assertThat(api.confirm(link.get("userId"), link.get("token")).statusCode()).isEqualTo(202);
            String token = IdentityJourneyIT.identity(shop).signInWithPkce(email, password).get("access_token")
                    .asString();
            return new Newcomer(link.get("userId"), email, token);
        }
    }
}
