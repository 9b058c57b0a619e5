package dev.eventualshop.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.web.testing.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * While Identity's keys cannot be read a token cannot be checked: the answer is 503 problem+json with
 * {@code Retry-After} (the token may be valid), never 401 and never a bare 500; a request without a token or
 * with garbage is still 401.
 */
@SpringBootTest(classes = TinyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeysUnavailableTest {

    static final TestTokens TOKENS = TestTokens.start();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void unreachableIdentity(DynamicPropertyRegistry registry) {
        registry.add("eventualshop.identity.issuer", () -> TestTokens.ISSUER);
        registry.add("eventualshop.identity.jwk-set-uri", () -> "http://127.0.0.1:" + closedPort() + "/oauth2/jwks");
    }

    @Test
    void a_token_that_cannot_be_checked_gets_503_problem_with_retry_after() throws Exception {
        HttpResponse<String> response = get(TOKENS.valid("user-1", "CUSTOMER"));

        assertThat(response.statusCode()).isEqualTo(503);
        ProblemDetailsTest.assertProblem(response);
        assertThat(response.headers().firstValue("Retry-After")).contains("5");
    }

    @Test
    void without_a_valid_looking_token_it_is_still_401() throws Exception {
        assertThat(get(null).statusCode()).isEqualTo(401);
        assertThat(get("not-a-jwt").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A port nothing listens on. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
