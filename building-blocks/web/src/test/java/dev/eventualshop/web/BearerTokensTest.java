package dev.eventualshop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class BearerTokensTest extends TinyServiceTest {

    @Test
    void a_valid_token_reads_its_subject() throws Exception {
        HttpResponse<String> response = get("/api/me", TOKENS.valid("user-1", "CUSTOMER"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("sub").asString()).isEqualTo("user-1");
    }

    @Test
    void no_token_is_401() throws Exception {
        assertUnauthorized(send(request("/api/me")));
    }

    @Test
    void an_expired_token_is_401() throws Exception {
        assertUnauthorized(get("/api/me", TOKENS.expired("user-1")));
    }

    @Test
    void a_token_signed_by_another_key_is_401() throws Exception {
        assertUnauthorized(get("/api/me", TOKENS.wrongSignature("user-1")));
    }

    @Test
    void an_unsigned_token_is_401() throws Exception {
        assertUnauthorized(get("/api/me", TOKENS.unsigned("user-1")));
    }

    @Test
    void a_token_for_another_audience_is_401() throws Exception {
        assertUnauthorized(get("/api/me", TOKENS.wrongAudience("user-1")));
    }

    @Test
    void a_token_from_another_issuer_is_401() throws Exception {
        assertUnauthorized(get("/api/me", TOKENS.wrongIssuer("user-1")));
    }

    @Test
    void a_token_not_yet_valid_is_401() throws Exception {
        assertUnauthorized(get("/api/me", TOKENS.notYetValid("user-1")));
    }

    @Test
    void a_token_signed_by_a_rotated_out_key_is_401() throws Exception {
        assertUnauthorized(get("/api/me", TOKENS.unknownKey("user-1")));
    }

    @Test
    void a_token_without_a_subject_is_401() throws Exception {
        assertUnauthorized(get("/api/me", TOKENS.withoutSubject()));
    }

    @Test
    void garbage_is_401() throws Exception {
        assertUnauthorized(get("/api/me", "not.a.token"));
    }

    @Test
    void the_roles_claim_grants_roles() throws Exception {
        HttpResponse<String> customer = send(request("/api/admin/things").DELETE()
                .header("Authorization", "Bearer " + TOKENS.valid("user-1", "CUSTOMER")));
        HttpResponse<String> admin = send(request("/api/admin/things").DELETE()
                .header("Authorization", "Bearer " + TOKENS.valid("admin-1", "ADMIN")));

        assertThat(customer.statusCode()).isEqualTo(403);
        ProblemDetailsTest.assertProblem(customer);
        assertThat(admin.statusCode()).isEqualTo(202);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send(request(path).header("Authorization", "Bearer " + token));
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        ProblemDetailsTest.assertProblem(response);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }
}
