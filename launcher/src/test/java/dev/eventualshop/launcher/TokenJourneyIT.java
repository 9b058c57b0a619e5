package dev.eventualshop.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tokens the gateway must refuse, each made just like a valid one but for the one thing wrong with it, and the
 * rule that another user's command is invisible.
 */
@ExtendWith(RunningShop.class)
class TokenJourneyIT {

    @Test
    void a_token_made_right_is_accepted_which_proves_the_refusals_below_are_for_their_one_flaw(Launcher shop)
            throws Exception {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        String valid = sign(shop, identityKey(shop), claims(shop).build());

        HttpResponse<String> me = api.me(valid);

        assertThat(me.statusCode()).as("a well-formed token for a user with no view yet: %s", me.body())
                .isIn(200, 404);
    }

    @Test
    void missing_expired_forged_unsigned_or_foreign_audience_tokens_get_401_problem_details(Launcher shop)
            throws Exception {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        RSAPrivateKey identityKey = identityKey(shop);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        RSAPrivateKey foreignKey = (RSAPrivateKey) generator.generateKeyPair().getPrivate();
        Instant now = Instant.now();

        Map<String, String> tokens = Map.of(
                "missing", "",
                "expired", sign(shop, identityKey, claims(shop).issueTime(Date.from(now.minusSeconds(7200)))
                        .expirationTime(Date.from(now.minusSeconds(3600))).build()),
                "wrong signature", sign(shop, foreignKey, claims(shop).build()),
                "alg none", new PlainJWT(claims(shop).build()).serialize(),
                "wrong audience", sign(shop, identityKey, claims(shop).audience("someone-else").build()),
                "wrong issuer", sign(shop, identityKey, claims(shop).issuer("http://evil.example").build()));

        tokens.forEach((flaw, token) -> {
            for (HttpResponse<String> response : List.of(api.me(token.isEmpty() ? null : token),
                    api.changePassword(token.isEmpty() ? null : token, "whatever-1", "whatever-2"))) {
                assertThat(response.statusCode()).as("%s: %s %s", flaw, response.request().uri(), response.body())
                        .isEqualTo(401);
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .as(flaw).startsWith("application/problem+json");
                assertThat(response.headers().firstValue("Location")).as("%s: never a redirect", flaw).isEmpty();
            }
        });
    }

    @Test
    void another_users_command_status_is_not_found(Launcher shop) throws Exception {
        ShopClient api = new ShopClient(shop.settings().shopUrl());
        String alice = sign(shop, identityKey(shop), claims(shop).subject(UUID.randomUUID().toString()).build());
        String mallory = sign(shop, identityKey(shop), claims(shop).subject(UUID.randomUUID().toString()).build());

        HttpResponse<String> sent = api.changePassword(alice, "not her password", "a new password");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        String status = sent.headers().firstValue("Location").orElseThrow();

        assertThat(api.get(status, alice).statusCode()).isEqualTo(200);
        HttpResponse<String> foreign = api.get(status, mallory);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).as("nothing of Alice's command but its id, which Mallory sent")
                .doesNotContain("PENDING", "SUCCEEDED", "REJECTED", "identity.");
        await().atMost(Duration.ofSeconds(30)).until(() -> ShopClient.json(api.get(status, alice).body())
                .path("status").asString(), outcome -> !outcome.equals("PENDING"));
        assertThat(api.get(status, mallory).statusCode()).as("still invisible once decided").isEqualTo(404);
    }

    static JWTClaimsSet.Builder claims(Launcher shop) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(shop.settings().url(shop.settings().ports().identityCommand()))
                .subject(UUID.randomUUID().toString())
                .audience("eventualshop-api")
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("roles", List.of("CUSTOMER"));
    }

    static String sign(Launcher shop, RSAPrivateKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** Identity's signing key, which local mode generated into the data directory. */
    static RSAPrivateKey identityKey(Launcher shop) throws Exception {
        String pem = Files.readString(shop.secrets().signingKey(), StandardCharsets.US_ASCII)
                .replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "");
        return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(pem)));
    }
}
