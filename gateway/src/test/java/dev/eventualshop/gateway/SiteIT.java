package dev.eventualshop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SiteIT extends GatewaySuite {

    @Test
    void the_auth_config_names_the_issuer_and_the_cli_client() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/auth/config"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("issuer").asString()).isEqualTo("http://identity.test");
        assertThat(json(response).get("cliClientId").asString()).isEqualTo("eventualshop-cli");
    }

    @Test
    void the_home_page_links_the_api_docs() throws Exception {
        HttpResponse<String> response = send(request("/"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body()).contains("/swagger-ui.html", "/v3/api-docs");
    }

    @Test
    void the_demo_catalogs_images_are_served_to_anyone_and_nothing_outside_the_storefront_folder()
            throws Exception {
        HttpResponse<String> image = send(request("/images/catalog/mug-stone-350.svg"));

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(image.body()).startsWith("<svg").contains("Stoneware mug");
        assertThat(send(request("/gateway.yml")).statusCode()).isEqualTo(404);
        assertThat(send(request("/images/catalog/../../gateway.yml")).statusCode()).isIn(400, 404);
    }

    @Test
    void the_confirmation_link_opens_a_public_page_that_sends_the_confirmation() throws Exception {
        HttpResponse<String> response = send(request("/confirm-email?userId=" + UUID.randomUUID() + "&token=t"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("/api/v1/identity/users/' + userId + '/email-confirmation")
                .doesNotContain("token=t");
    }

    @Test
    void the_openapi_document_covers_controllers_and_routed_queries() throws Exception {
        HttpResponse<String> response = send(request("/v3/api-docs"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode paths = json(response).get("paths");
        assertThat(paths.has("/api/v1/me")).isTrue();
        assertThat(paths.has("/api/v1/account")).isTrue();
        assertThat(paths.has("/api/v1/notifications")).isTrue();
        assertThat(paths.at("/~1api~1v1~1notifications/get/responses/200/content/application~1json/schema/items"
                + "/properties").propertyNames()).contains("notificationId", "subject", "sentAt", "status");
        assertThat(paths.has("/api/v1/commands/{commandId}")).isTrue();
        assertThat(paths.has("/api/v1/identity/users")).isTrue();
        assertThat(paths.has("/api/v1/events")).isTrue();
        assertThat(paths.has("/api/v1/auth/config")).isTrue();
        assertThat(send(request("/swagger-ui.html")).statusCode()).isIn(200, 302);
    }

    @Test
    void the_dev_mailbox_lists_caught_mail_with_its_links() throws Exception {
        HttpResponse<String> response = send(request("/dev/mail?to=ada@example.com"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode mail = json(response).get(0);
        assertThat(mail.get("to").asString()).isEqualTo("ada@example.com");
        assertThat(mail.get("subject").asString()).isEqualTo("Confirm your email");
        assertThat(mail.get("links").get(0).asString()).contains("/confirm-email?");
    }

    @Test
    void an_unknown_path_is_a_404_problem() throws Exception {
        assertProblem(get("/api/v1/nothing-here", TOKENS.valid(user(), "CUSTOMER")), 404);
    }

    @Test
    void a_routed_query_and_a_controller_on_one_path_each_get_their_method_and_others_get_405() throws Exception {
        String token = TOKENS.valid(user(), "CUSTOMER");
        IDENTITY.reset();
        IDENTITY.answer(200, "{\"userId\":\"u\"}");

        HttpResponse<String> routed = get("/api/v1/me", token);
        HttpResponse<String> controller = send(request("/api/v1/me").header("Authorization", "Bearer " + token).DELETE());
        HttpResponse<String> neither = send(request("/api/v1/me").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(routed.statusCode()).isEqualTo(200);
        assertThat(IDENTITY.received()).hasSize(1);
        assertThat(controller.statusCode()).isEqualTo(202);
        assertProblem(neither, 405);
    }

    @Test
    void health_is_public_and_up_on_the_local_stand_ins() throws Exception {
        HttpResponse<String> response = send(request("/actuator/health"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("status").asString()).isEqualTo("UP");
    }
}
