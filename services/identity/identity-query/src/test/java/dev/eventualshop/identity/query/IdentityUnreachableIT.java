package dev.eventualshop.identity.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * identity-query starts without reaching Identity (no call at start-up), and while Identity's keys cannot be
 * read it answers 503 with {@code Retry-After}, not 401 (the token may be valid) and not a bare 500.
 */
class IdentityUnreachableIT extends IdentityQueryContract {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedServices.register(registry);
        registry.add("eventualshop.identity.jwk-set-uri", () -> "http://127.0.0.1:" + closedPort() + "/oauth2/jwks");
        registry.add("eventualshop.identity.issuer", IDENTITY::issuer);
    }

    @Test
    void a_token_that_cannot_be_checked_gets_503_problem_with_retry_after() {
        HttpResponse<String> response = me(IDENTITY.token(UUID.randomUUID().toString()));

        assertProblem(response, 503);
        assertThat(response.headers().firstValue("Retry-After")).contains("5");
    }

    @Test
    void without_a_token_it_is_still_401() {
        assertProblem(me(null), 401);
        assertProblem(me("not-a-jwt"), 401);
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
