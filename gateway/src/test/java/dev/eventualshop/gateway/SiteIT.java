package dev.eventualshop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    void the_home_page_is_the_storefront_and_is_revalidated_on_every_visit() throws Exception {
        HttpResponse<String> response = send(request("/"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body()).contains("<div id=\"root\">", "<title>EventualShop</title>");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
    }

    @Test
    void a_client_route_gets_the_storefronts_index_page() throws Exception {
        String index = send(request("/")).body();

        for (String route : List.of("/catalog", "/products/" + UUID.randomUUID(), "/orders/" + UUID.randomUUID())) {
            HttpResponse<String> response = send(request(route));

            assertThat(response.statusCode()).as(route).isEqualTo(200);
            assertThat(response.body()).as(route).isEqualTo(index);
            assertThat(response.headers().firstValue("Cache-Control").orElse("")).as(route).contains("no-cache");
        }
    }

    @Test
    void the_hashed_scripts_are_cached_for_a_year() throws Exception {
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(send(request("/")).body());
        assertThat(script.find()).as("index.html loads a hashed script").isTrue();

        HttpResponse<String> response = send(request(script.group(1)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(response.headers().firstValue("Cache-Control").orElse(""))
                .contains("max-age=31536000", "immutable");
        assertThat(send(request("/assets/missing-0123.js")).statusCode()).isEqualTo(404);
    }

    @Test
    void the_server_paths_and_missing_files_never_fall_back_to_the_storefront() throws Exception {
        // Not found, not signed in (the actuator sends a browser to sign in), never the SPA.
        for (String path : List.of("/api/v1/nothing-here", "/dev/nothing", "/actuator/nothing", "/v3/api-docs/x/y",
                "/favicon.ico", "/oauth2/nothing", "/login/nothing")) {
            HttpResponse<String> response = send(request(path));

            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("<div id=\"root\">");
        }
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
    void the_confirmation_link_opens_the_storefront_which_sends_the_confirmation_from_the_browser() throws Exception {
        String index = send(request("/")).body();

        HttpResponse<String> response = send(request("/confirm-email?userId=" + UUID.randomUUID() + "&token=t"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).as("the SPA's index page, never echoing the token").isEqualTo(index)
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
        HttpResponse<String> swaggerUi = send(request("/swagger-ui/index.html"));
        assertThat(swaggerUi.statusCode()).isEqualTo(200);
        assertThat(swaggerUi.body()).contains("Swagger UI").doesNotContain("<div id=\"root\">");
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
