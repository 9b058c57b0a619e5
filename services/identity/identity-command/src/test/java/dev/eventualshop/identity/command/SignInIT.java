package dev.eventualshop.identity.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.identity.command.application.UserAccounts;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import tools.jackson.databind.JsonNode;

/**
 * The Authorization Server: bearer tokens on the internal API, the login rate limit, the seeded admin, the
 * gateway's confidential client (refresh, logout), key rotation and discovery.
 */
@Order(2)
class SignInIT extends IdentityCommandSuite {

    @Test
    @Order(2)
    void the_password_change_needs_a_valid_bearer_token() {
        String body = "{\"currentPassword\": \"x\", \"newPassword\": \"long enough password\"}";
        HttpResponse<String> anonymous = http.changePassword(null, UUID.randomUUID(), body);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(http.changePassword("not.a.jwt", UUID.randomUUID(), body).statusCode()).isEqualTo(401);
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"sub\":\"" + UUID.randomUUID()
                + "\",\"iss\":\"" + BASE + "\",\"aud\":\"eventualshop-api\"}").getBytes(StandardCharsets.UTF_8)) + ".";
        assertThat(http.changePassword(unsigned, UUID.randomUUID(), body).statusCode()).isEqualTo(401);

        Instant now = Instant.now();
        assertThat(http.changePassword(signed(BASE, "other-api", now.plusSeconds(300)), UUID.randomUUID(), body)
                .statusCode()).as("another audience").isEqualTo(401);
        assertThat(http.changePassword(signed("http://evil.example", "eventualshop-api", now.plusSeconds(300)),
                UUID.randomUUID(), body).statusCode()).as("another issuer").isEqualTo(401);
        assertThat(http.changePassword(signed(BASE, "eventualshop-api", now.minusSeconds(300)), UUID.randomUUID(),
                body).statusCode()).as("expired").isEqualTo(401);
        UUID nobody = UUID.randomUUID();
        assertThat(http.changePassword(signed(BASE, "eventualshop-api", now.plusSeconds(300)), nobody, body)
                .statusCode()).as("a valid token of an unknown user").isEqualTo(202);
        assertThat(outcome(nobody)).isEqualTo("REJECTED NOT_FOUND");
    }

    @Test
    @Order(2)
    void the_password_route_refuses_tokens_of_the_wrong_type_or_without_subject_or_expiry_as_problems() {
        String body = "{\"currentPassword\": \"x\", \"newPassword\": \"long enough password\"}";
        Instant now = Instant.now();
        Map<String, String> refused = Map.of(
                "a DPoP proof (typ dpop+jwt)", signedAs("dpop+jwt", claims(now).build()),
                "a logout token (typ logout+jwt)", signedAs("logout+jwt", claims(now).build()),
                "no subject", signedAs("JWT", claims(now).claims(c -> c.remove("sub")).build()),
                "no expiry", signedAs("JWT", claims(now).claims(c -> c.remove("exp")).build()));
        refused.forEach((kind, token) -> {
            HttpResponse<String> answer = http.changePassword(token, UUID.randomUUID(), body);
            assertThat(answer.statusCode()).as(kind).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(kind)
                    .contains("application/problem+json");
        });
        assertThat(http.changePassword(signedAs("at+jwt", claims(now).build()), UUID.randomUUID(), body)
                .statusCode()).as("typ at+jwt is an access token").isEqualTo(202);
    }

    private JwtClaimsSet.Builder claims(Instant now) {
        return JwtClaimsSet.builder().issuer(BASE).audience(List.of("eventualshop-api"))
                .subject(UUID.randomUUID().toString()).issuedAt(now).expiresAt(now.plusSeconds(300))
                .claim("roles", List.of("CUSTOMER"));
    }

    private String signedAs(String type, JwtClaimsSet claims) {
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(signingKeys.currentKeyId()).type(type)
                .build();
        return new NimbusJwtEncoder(jwkSource).encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    @Test
    @Order(7)
    void sign_in_attempts_over_the_limit_get_429() {
        String username = "guesser." + UUID.randomUUID() + "@example.com";
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(http.login(username, "guess " + i).statusCode());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(302);
        HttpResponse<String> limited = http.login(username, "guess 6");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(http.login("someone.else@example.com", "guess").statusCode()).isEqualTo(302);
    }

    @Test
    @Order(8)
    void the_admin_is_seeded_confirmed_with_both_roles() {
        assertThat(count("select count(*) from credentials where email_key = ?", ADMIN_EMAIL)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select roles from credentials where email_key = ?", String.class,
                ADMIN_EMAIL)).isEqualTo("CUSTOMER,ADMIN");
        assertThat(jdbc.queryForObject("select email_confirmed from credentials where email_key = ?", Boolean.class,
                ADMIN_EMAIL)).isTrue();
        remember(ADMIN_PASSWORD, ADMIN_EMAIL);
        Jwt jwt = validatedAgainstJwks(http.signInWithPkce(ADMIN_EMAIL, ADMIN_PASSWORD).get("access_token").asString());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactlyInAnyOrder("CUSTOMER", "ADMIN");
    }

    @Test
    @Order(8)
    void seeding_the_admin_again_changes_nothing(@Autowired UserAccounts accounts) {
        String hash = jdbc.queryForObject("select password_hash from credentials where email_key = ?", String.class,
                ADMIN_EMAIL);
        int events = count("select count(*) from events");
        int commands = count("select count(*) from commands");
        String another = "another admin password " + UUID.randomUUID();
        SECRETS.add(another);

        assertThat(accounts.seedAdmin(ADMIN_EMAIL, ADMIN_PASSWORD).status()).isEqualTo(CommandOutcome.Status.SUCCEEDED);
        assertThat(accounts.seedAdmin(ADMIN_EMAIL.toUpperCase(), another).status())
                .isEqualTo(CommandOutcome.Status.SUCCEEDED);

        assertThat(count("select count(*) from events")).isEqualTo(events);
        assertThat(count("select count(*) from commands")).isEqualTo(commands);
        assertThat(jdbc.queryForObject("select password_hash from credentials where email_key = ?", String.class,
                ADMIN_EMAIL)).isEqualTo(hash);
    }

    @Test
    @Order(9)
    void the_gateway_client_signs_in_refreshes_and_logs_out_of_both_sessions() {
        String email = "emile." + UUID.randomUUID() + "@example.com";
        String password = "שלום-🔑-".repeat(8) + UUID.randomUUID();
        assertThat(password.length()).isBetween(100, 128);
        String firstName = "שלום 🛒 Émile";
        Link link = registered(email, password, firstName);
        assertThat(jdbc.queryForObject("select payload from events where stream_id = ? and event_type = ?",
                String.class, link.userId().toString(), "identity.UserRegistered"))
                .as("names round-trip unchanged").contains(firstName);

        String gateway = "http://localhost:8080/login/oauth2/code/eventualshop";
        IdentityHttp.SignedIn signedIn = http.signIn("eventualshop", gateway, GATEWAY_SECRET, email, password);
        Jwt access = validatedAgainstJwks(signedIn.accessToken());
        assertThat(access.getSubject()).isEqualTo(link.userId().toString());
        assertThat(access.getAudience()).containsExactly("eventualshop-api");
        String refreshToken = signedIn.tokens().get("refresh_token").asString();
        String idToken = signedIn.tokens().get("id_token").asString();
        assertThat(refreshToken).isNotBlank();

        HttpResponse<String> refreshed = http.tokenRequest(signedIn.browser(), "eventualshop", GATEWAY_SECRET,
                Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JsonNode renewedTokens = IdentityHttp.json(refreshed.body());
        Jwt renewed = validatedAgainstJwks(renewedTokens.get("access_token").asString());
        if (renewedTokens.has("id_token")) {
            idToken = renewedTokens.get("id_token").asString();
        }
        assertThat(renewed.getSubject()).isEqualTo(link.userId().toString());
        assertThat(renewed.getClaimAsStringList("roles")).containsExactly("CUSTOMER");
        assertThat(http.tokenRequest(signedIn.browser(), "eventualshop", "not the secret",
                Map.of("grant_type", "refresh_token", "refresh_token", refreshToken)).statusCode())
                .as("a wrong client secret").isEqualTo(401);

        HttpResponse<String> logout = http.get(signedIn.browser(), "/connect/logout?" + IdentityHttp.form(Map.of(
                "id_token_hint", idToken, "post_logout_redirect_uri", "http://localhost:8080/")));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(IdentityHttp.location(logout)).isEqualTo("http://localhost:8080/");
        HttpResponse<String> afterLogout = http.get(signedIn.browser(), "/oauth2/authorize?" + IdentityHttp.form(Map.of(
                "response_type", "code", "client_id", "eventualshop", "redirect_uri", gateway, "scope", "openid",
                "state", "s", "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                "code_challenge_method", "S256")));
        assertThat(IdentityHttp.location(afterLogout)).as("the Identity session ended").endsWith("/login");
    }

    @Test
    @Order(10)
    void tokens_signed_with_the_rotated_out_key_still_validate_and_new_ones_use_the_current_key() throws Exception {
        RSAKey current = new RSAKey.Builder((RSAPublicKey) CURRENT_KEY.getPublic()).keyIDFromThumbprint().build();
        RSAKey previous = new RSAKey.Builder((RSAPublicKey) PREVIOUS_KEY.getPublic())
                .privateKey((RSAPrivateKey) PREVIOUS_KEY.getPrivate()).keyIDFromThumbprint().build();
        JWKSet published = JWKSet.parse(http.get("/oauth2/jwks").body());
        assertThat(published.getKeys()).extracting(JWK::getKeyID)
                .containsExactlyInAnyOrder(current.getKeyID(), previous.getKeyID());
        assertThat(published.getKeys()).noneMatch(JWK::isPrivate);
        assertThat(signingKeys.currentKeyId()).isEqualTo(current.getKeyID());

        Instant now = Instant.now();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(BASE).audience(List.of("eventualshop-api"))
                .subject(UUID.randomUUID().toString()).issuedAt(now).expiresAt(now.plusSeconds(300)).build();
        String oldToken = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(previous)))
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).keyId(previous.getKeyID())
                        .build(), claims)).getTokenValue();
        UUID commandId = UUID.randomUUID();
        assertThat(http.changePassword(oldToken, commandId,
                "{\"currentPassword\": \"x\", \"newPassword\": \"long enough password\"}").statusCode())
                .isEqualTo(202);
        assertThat(outcome(commandId)).isEqualTo("REJECTED NOT_FOUND");

        String email = "keys." + UUID.randomUUID() + "@example.com";
        String password = "keys password " + UUID.randomUUID();
        registered(email, password, "Keys");
        String issued = http.signInWithPkce(email, password).get("access_token").asString();
        assertThat(SignedJWT.parse(issued).getHeader().getKeyID()).isEqualTo(current.getKeyID());
    }

    @Test
    @Order(11)
    void discovery_names_this_issuer_and_logout() {
        JsonNode discovery = IdentityHttp.json(http.get("/.well-known/openid-configuration").body());
        assertThat(discovery.get("issuer").asString()).isEqualTo(BASE);
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(BASE + "/oauth2/jwks");
        assertThat(discovery.get("end_session_endpoint").asString()).isEqualTo(BASE + "/connect/logout");
        HttpResponse<String> health = http.get("/actuator/health");
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
        assertThat(IdentityHttp.json(health.body()).get("status").asString()).isEqualTo("UP");
        assertThat(http.get("/actuator/env").statusCode()).as("only health is exposed").isIn(302, 401, 404);
    }
}
