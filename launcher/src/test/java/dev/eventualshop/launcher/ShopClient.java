package dev.eventualshop.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public API of a running shop, as a script or a mobile app calls it: through the gateway only. */
final class ShopClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REGISTRATIONS = "/api/v1/identity/users";

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ShopClient(String base) {
        this.base = base;
    }

    HttpResponse<String> register(String email, String password, String firstName) {
        return send("POST", REGISTRATIONS, null, """
                {"email": "%s", "password": "%s", "firstName": "%s", "lastName": "Journey"}"""
                .formatted(email, password, firstName));
    }

    HttpResponse<String> confirm(String userId, String token) {
        return send("POST", "/api/v1/identity/users/" + userId + "/email-confirmation", null,
                "{\"token\": \"" + token + "\"}");
    }

    HttpResponse<String> changePassword(String bearer, String current, String next) {
        return send("PUT", "/api/v1/identity/password", bearer,
                "{\"currentPassword\": \"%s\", \"newPassword\": \"%s\"}".formatted(current, next));
    }

    HttpResponse<String> me(String bearer) {
        return send("GET", "/api/v1/me", bearer, null);
    }

    HttpResponse<String> get(String path, String bearer) {
        return send("GET", path, bearer, null);
    }

    /** The mails the embedded SMTP caught for {@code to}, oldest first. */
    List<JsonNode> mail(String to) {
        HttpResponse<String> response = send("GET", "/dev/mail?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8),
                null, null);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET /dev/mail answered " + response.statusCode() + ": " + response.body());
        }
        List<JsonNode> mails = new ArrayList<>();
        json(response.body()).forEach(mails::add);
        return mails;
    }

    HttpResponse<String> send(String method, String path, String bearer, String json) {
        return send(method, path, bearer, json, null);
    }

    /**
     * Sends a command until the gateway accepts it (202), the same command each time (one {@code Idempotency-Key}):
     * while the broker is unreachable the gateway answers 503 with {@code Retry-After} and accepts nothing, and a
     * client tries again, as a storefront does.
     */
    HttpResponse<String> accepted(String method, String path, String bearer, String json) {
        String key = UUID.randomUUID().toString();
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    try {
                        return send(method, path, bearer, json, key);
                    } catch (IllegalStateException unreachable) {
                        return null;
                    }
                }, response -> response != null && response.statusCode() == 202);
    }

    private HttpResponse<String> send(String method, String path, String bearer, String json, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if ("POST".equals(method) && REGISTRATIONS.equals(path)) {
            // Each journey's newcomer registers from an address of their own, as people do: the gateway allows 10
            // registrations a minute per address, and the run's journeys register more than that from this host.
            // RateLimitJourneyIT proves the limit itself.
            request.header("X-Forwarded-For", "198.18." + ThreadLocalRandom.current().nextInt(256) + "."
                    + ThreadLocalRandom.current().nextInt(1, 255));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The outcome ({@code SUCCEEDED}, {@code REJECTED}, {@code FAILED}) of an accepted command, once decided. */
    JsonNode outcome(HttpResponse<String> accepted, String bearer) {
        if (accepted.statusCode() != 202) {
            throw new AssertionError("expected 202, got " + accepted.statusCode() + ": " + accepted.body());
        }
        String status = accepted.headers().firstValue("Location").orElseThrow();
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> json(get(status, bearer).body()), view -> !view.path("status").asString().equals("PENDING"));
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }
}
