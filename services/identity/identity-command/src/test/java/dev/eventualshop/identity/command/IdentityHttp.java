package dev.eventualshop.identity.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives identity-command over HTTP as the gateway and a PKCE client would. */
public final class IdentityHttp {

    public static final String CLI_REDIRECT = "http://127.0.0.1:8089/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public IdentityHttp(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> post(String path, UUID commandId, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (commandId != null) {
            request.header("X-Command-Id", commandId.toString());
        }
        return send(client, request.build());
    }

    /** A POST with any content type and raw headers, for input the API must refuse. */
    public HttpResponse<String> postRaw(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(client, request.build());
    }

    public HttpResponse<String> changePassword(String bearer, UUID commandId, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/internal/identity/password"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (commandId != null) {
            request.header("X-Command-Id", commandId.toString());
        }
        return send(client, request.build());
    }

    public HttpResponse<String> register(UUID commandId, String email, String password, String firstName) {
        return post("/internal/identity/users", commandId, """
                {"email": "%s", "password": "%s", "firstName": "%s", "lastName": "Tester"}"""
                .formatted(email, password, firstName));
    }

    public HttpResponse<String> confirm(UUID userId, String token) {
        return post("/internal/identity/users/" + userId + "/email-confirmation", UUID.randomUUID(),
                "{\"token\": \"" + token + "\"}");
    }

    public HttpResponse<String> requestConfirmation(String email) {
        return post("/internal/identity/email-confirmation-requests", UUID.randomUUID(),
                "{\"email\": \"" + email + "\"}");
    }

    /** POSTs the login form with a fresh session and CSRF token; returns the answer to the POST. */
    public HttpResponse<String> login(String username, String password) {
        HttpClient browser = browser();
        return postLogin(browser, csrfToken(browser), username, password);
    }

    /** A browser that signed in, and the token response it got. */
    public record SignedIn(HttpClient browser, JsonNode tokens) {
        public String accessToken() {
            return tokens.get("access_token").asString();
        }
    }

    /**
     * Signs in through the authorization code flow with PKCE as {@code eventualshop-cli} and returns the token
     * response (access_token, id_token, ...).
     */
    public JsonNode signInWithPkce(String username, String password) {
        return signIn("eventualshop-cli", CLI_REDIRECT, null, username, password).tokens();
    }

    /**
     * Signs in through the authorization code flow with PKCE as {@code clientId}; a confidential client
     * ({@code secret} given) authenticates at the token endpoint with HTTP Basic.
     */
    public SignedIn signIn(String clientId, String redirectUri, String secret, String username, String password) {
        HttpClient browser = browser();
        String verifier = randomUrlSafe(32);
        String state = randomUrlSafe(16);
        String authorize = base + "/oauth2/authorize?" + form(Map.of("response_type", "code",
                "client_id", clientId, "redirect_uri", redirectUri, "scope", "openid profile",
                "state", state, "code_challenge", challenge(verifier), "code_challenge_method", "S256"));
        HttpResponse<String> toLogin = send(browser, HttpRequest.newBuilder(URI.create(authorize))
                .header("Accept", "text/html").GET().build());
        assertThat(toLogin.statusCode()).as("authorize without a session").isEqualTo(302);
        assertThat(location(toLogin)).endsWith("/login");

        HttpResponse<String> signedIn = postLogin(browser, csrfToken(browser), username, password);
        assertThat(signedIn.statusCode()).as("login").isEqualTo(302);
        String next = location(signedIn);
        assertThat(next).as("login redirects back to the authorization request").contains("/oauth2/authorize");

        String code = authorizationCode(browser, absolute(next), redirectUri, state);

        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "authorization_code");
        exchange.put("code", code);
        exchange.put("redirect_uri", redirectUri);
        exchange.put("code_verifier", verifier);
        if (secret == null) {
            exchange.put("client_id", clientId);
        }
        HttpResponse<String> token = tokenRequest(browser, clientId, secret, exchange);
        assertThat(token.statusCode()).as("token exchange: %s", token.body()).isEqualTo(200);
        return new SignedIn(browser, JSON.readTree(token.body()));
    }

    /** Follows an authorization request in a signed-in browser to the client's redirect and returns the code. */
    public String authorizationCode(HttpClient browser, String authorizeUrl, String redirectUri, String state) {
        HttpResponse<String> toCallback = send(browser, HttpRequest.newBuilder(URI.create(authorizeUrl))
                .header("Accept", "text/html").GET().build());
        assertThat(toCallback.statusCode()).as("authorize with a session").isEqualTo(302);
        String callback = location(toCallback);
        assertThat(callback).startsWith(redirectUri + "?").contains("state=" + state);
        String code = query(callback).get("code");
        assertThat(code).isNotBlank();
        return code;
    }

    /** A token request as {@code clientId} (HTTP Basic when {@code secret} is given). */
    public HttpResponse<String> tokenRequest(HttpClient browser, String clientId, String secret,
                                             Map<String, String> fields) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        if (secret != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        return send(browser, request.build());
    }

    /** A GET in {@code browser} (its session cookie included), redirects not followed. */
    public HttpResponse<String> get(HttpClient browser, String pathOrUrl) {
        return send(browser, HttpRequest.newBuilder(URI.create(absolute(pathOrUrl))).header("Accept", "text/html")
                .GET().build());
    }

    public HttpResponse<String> getWithBearer(String path, String bearer) {
        return send(client, HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + bearer)
                .GET().build());
    }

    public HttpResponse<String> get(String path) {
        return send(client, HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
                .build();
    }

    private String csrfToken(HttpClient browser) {
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(URI.create(base + "/login")).GET().build());
        assertThat(page.statusCode()).as("login page").isEqualTo(200);
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the login page has a CSRF token").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> postLogin(HttpClient browser, String csrf, String username, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", password);
        fields.put("_csrf", csrf);
        return send(browser, HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
    }

    private String absolute(String location) {
        return location.startsWith("http") ? location : base + location;
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no Location in a " + response.statusCode()));
    }

    public static Map<String, String> query(String url) {
        String query = URI.create(url).getRawQuery();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            parameters.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
