package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two rate limits local mode ships with (10 a minute each): registration per client address at the
 * gateway, sign-in per client address and user name at Identity. Each test uses its own address or user name,
 * so the other journeys of the run keep their allowance.
 */
@ExtendWith(RunningShop.class)
class RateLimitJourneyIT {

    private static final int LIMIT = 10;

    @Test
    void the_eleventh_registration_from_one_address_in_a_minute_gets_429_with_retry_after(Launcher shop)
            throws Exception {
        // The gateway honours X-Forwarded-For from a local proxy (server.forward-headers-strategy), which is how
        // this test gets an address of its own.
        String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i <= LIMIT; i++) {
            last = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(shop.settings().shopUrl() + "/api/v1/identity/users"))
                    .header("Content-Type", "application/json")
                    .header("X-Forwarded-For", address)
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"email": "%s", "password": "long enough", "firstName": "Rate", "lastName": "Limited"}"""
                            .formatted(ShopClient.uniqueEmail("rate"))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            statuses.add(last.statusCode());
        }

        assertThat(statuses.subList(0, LIMIT)).as("within the limit").containsOnly(202);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void the_eleventh_sign_in_attempt_for_one_user_in_a_minute_gets_429(Launcher shop) {
        var identity = IdentityJourneyIT.identity(shop);
        String user = ShopClient.uniqueEmail("guessing");
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i <= LIMIT; i++) {
            last = identity.login(user, "guess number " + i);
            statuses.add(last.statusCode());
        }

        assertThat(statuses.subList(0, LIMIT)).as("wrong passwords within the limit go back to the form")
                .containsOnly(302);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
}
