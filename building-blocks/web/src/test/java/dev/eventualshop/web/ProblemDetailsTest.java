package dev.eventualshop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProblemDetailsTest extends TinyServiceTest {

    @Test
    void a_valid_command_is_accepted() throws Exception {
        HttpResponse<String> response = postJson("/api/lines", "{\"sku\":\"A-1\",\"quantity\":5,\"gift\":true}");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).get("quantity").asInt()).isEqualTo(5);
    }

    @Test
    void an_unknown_field_is_refused_naming_it() throws Exception {
        HttpResponse<String> response = postJson("/api/lines", "{\"sku\":\"A-1\",\"quantity\":5,\"gift\":false,\"price\":1}");

        assertInvalid(response, "price");
    }

    @Test
    void a_duplicate_key_is_refused() throws Exception {
        assertInvalid(postJson("/api/lines", "{\"sku\":\"A-1\",\"quantity\":1,\"quantity\":99,\"gift\":false}"),
                "$");
    }

    @Test
    void a_number_in_a_string_is_not_an_integer() throws Exception {
        assertInvalid(postJson("/api/lines", "{\"sku\":\"A-1\",\"quantity\":\"5\"}"), "quantity");
    }

    @Test
    void a_fraction_is_not_an_integer() throws Exception {
        assertInvalid(postJson("/api/lines", "{\"sku\":\"A-1\",\"quantity\":2.7}"), "quantity");
    }

    @Test
    void a_huge_number_is_refused() throws Exception {
        assertInvalid(postJson("/api/lines", "{\"sku\":\"A-1\",\"quantity\":1e309}"), "quantity");
        assertInvalid(postJson("/api/lines", "{\"sku\":\"A-1\",\"quantity\":2147483648}"), "quantity");
    }

    @Test
    void null_is_not_a_primitive() throws Exception {
        assertInvalid(postJson("/api/lines", "{\"sku\":\"A-1\",\"quantity\":null}"), "quantity");
    }

    @Test
    void a_missing_primitive_is_refused() throws Exception {
        assertInvalid(postJson("/api/lines", "{\"sku\":\"A-1\",\"quantity\":1}"), "gift");
    }

    @Test
    void a_string_is_not_a_boolean() throws Exception {
        assertInvalid(postJson("/api/lines", "{\"sku\":\"A-1\",\"quantity\":1,\"gift\":\"true\"}"), "gift");
    }

    @Test
    void a_number_is_not_a_string() throws Exception {
        assertInvalid(postJson("/api/lines", "{\"sku\":42,\"quantity\":1}"), "sku");
    }

    @Test
    void bean_validation_errors_name_their_fields() throws Exception {
        HttpResponse<String> response = postJson("/api/lines", "{\"sku\":\"\",\"quantity\":100,\"gift\":false}");

        JsonNode problem = assertInvalid(response, "sku");
        assertThat(problem.get("errors").findValuesAsString("field")).contains("sku", "quantity");
    }

    @Test
    void malformed_json_is_refused_without_parser_internals() throws Exception {
        HttpResponse<String> response = postJson("/api/lines", "{\"sku\": \"A-1\", quantity: }");

        assertInvalid(response, "$");
    }

    @Test
    void deep_nesting_is_refused() throws Exception {
        String deep = "[".repeat(200) + "]".repeat(200);
        HttpResponse<String> response = postJson("/api/lines", "{\"sku\":\"A\",\"quantity\":1,\"notes\":" + deep + "}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
    }

    @Test
    void an_empty_body_is_refused() throws Exception {
        assertInvalid(postJson("/api/lines", ""), "$");
    }

    @Test
    void a_body_over_the_limit_is_413() throws Exception {
        String big = "{\"sku\":\"" + "x".repeat(5000) + "\",\"quantity\":1}";

        HttpResponse<String> response = postJson("/api/lines", big);

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response);
    }

    @Test
    void a_chunked_body_over_the_limit_is_413() throws Exception {
        String big = "{\"sku\":\"A\",\"quantity\":1,\"notes\":[\"" + "x".repeat(5000) + "\"]}";
        HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofString(big));

        HttpResponse<String> response = send(request("/api/lines").header("Content-Type", "application/json")
                .POST(chunked));

        assertThat(response.statusCode()).isEqualTo(413);
        assertProblem(response);
    }

    @Test
    void a_wrong_content_type_is_415() throws Exception {
        HttpResponse<String> response = send(request("/api/lines").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("sku=A")));

        assertThat(response.statusCode()).isEqualTo(415);
        assertProblem(response);
    }

    @Test
    void a_wrong_method_is_405() throws Exception {
        HttpResponse<String> response = send(request("/api/lines").PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"));

        assertThat(response.statusCode()).isEqualTo(405);
        assertProblem(response);
    }

    @Test
    void an_unknown_path_is_404() throws Exception {
        HttpResponse<String> response = send(request("/api/nothing-here").header("Authorization",
                "Bearer " + TOKENS.valid("user-1", "CUSTOMER")));

        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response);
    }

    @Test
    void an_unexpected_failure_is_500_without_its_cause() throws Exception {
        HttpResponse<String> response = send(request("/api/boom"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertProblem(response);
        assertThat(response.body()).doesNotContain("secret", "Hidden", "IllegalState");
    }

    private static JsonNode assertInvalid(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = assertProblem(response);
        assertThat(problem.get("errors").findValuesAsString("field")).contains(field);
        return problem;
    }

    static JsonNode assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(response.statusCode());
        assertThat(problem.hasNonNull("type")).isTrue();
        assertThat(problem.hasNonNull("title")).isTrue();
        assertThat(problem.hasNonNull("detail")).isTrue();
        assertThat(response.body()).doesNotContain("Exception", "java.", "tools.jackson", "\tat ", "trace");
        return problem;
    }
}
