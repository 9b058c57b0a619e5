package dev.eventualshop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import dev.eventualshop.web.testing.TestTokens;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                forged("expired", tokens -> tokens.expired("user-1")),
                forged("signed by another key", tokens -> tokens.wrongSignature("user-1")),
                forged("unsigned (alg: none)", tokens -> tokens.unsigned("user-1")),
                forged("for another audience", tokens -> tokens.wrongAudience("user-1")),
                forged("from another issuer", tokens -> tokens.wrongIssuer("user-1")),
                forged("not yet valid", tokens -> tokens.notYetValid("user-1")),
                forged("signed by a rotated-out key", tokens -> tokens.unknownKey("user-1")),
                forged("without a subject", tokens -> tokens.withoutSubject()),
                forged("without expiry", tokens -> tokens.withoutExpiry("user-1")),
                forged("typed as a DPoP proof", tokens -> tokens.ofType("dpop+jwt", "user-1")),
                forged("typed as a logout token", tokens -> tokens.ofType("logout+jwt", "user-1")),
                forged("garbage", tokens -> "not.a.token"));
    }

    @ParameterizedTest(name = "a token {0} is 401")
    @MethodSource("refusedTokens")
    void a_refused_token_is_401(Function<TestTokens, String> token) throws Exception {
        assertUnauthorized(get("/api/me", token.apply(TOKENS)));
    }

    @ParameterizedTest(name = "typ {0} is an access token")
    @ValueSource(strings = {"JWT", "at+jwt", ""})
    void every_access_token_type_identity_may_write_is_accepted(String type) throws Exception {
        HttpResponse<String> response = get("/api/me", TOKENS.ofType(type.isEmpty() ? null : type, "user-1"));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void an_oversized_token_is_400_without_a_stack_trace() throws Exception {
        HttpResponse<String> response = get("/api/me", TOKENS.oversized("user-1", 20_000));

        assertThat(response.statusCode()).as("Tomcat's limit on request headers").isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
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

    private static Arguments forged(String name, Function<TestTokens, String> token) {
        return Arguments.of(Named.of(name, token));
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
