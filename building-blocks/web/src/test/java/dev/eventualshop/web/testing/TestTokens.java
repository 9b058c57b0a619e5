package dev.eventualshop.web.testing;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Test access tokens as Identity would issue them, signed with a test RSA key whose JWK set is served from a
 * local HTTP endpoint; and the forgeries a resource server must refuse.
 */
public final class TestTokens implements AutoCloseable {

    public static final String ISSUER = "http://identity.test";
    public static final String AUDIENCE = "eventualshop-api";

    private final RSAKey key;
    private final RSAKey stranger;
    private final HttpServer server;

    private TestTokens() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        stranger = new RSAKeyGenerator(2048).keyID("test-key").generate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/oauth2/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        server.start();
    }

    public static TestTokens start() {
        try {
            return new TestTokens();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test JWK endpoint", e);
        }
    }

    public URI jwkSetUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/oauth2/jwks");
    }

    /**
     * Every token a resource server must answer with 401 for {@code subject}: expired, forged, for another audience
     * or issuer, not yet valid, signed by an unknown key, without a subject, unsigned, and no token at all.
     */
    public List<String> refused(String subject) {
        return List.of(expired(subject), wrongSignature(subject), wrongAudience(subject), wrongIssuer(subject),
                notYetValid(subject), unknownKey(subject), withoutSubject(), unsigned(subject), "not.a.token");
    }

    /** Points a service under test at these tokens: Identity's issuer and this JWK set. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("eventualshop.identity.jwk-set-uri", () -> jwkSetUri().toString());
        registry.add("eventualshop.identity.issuer", () -> ISSUER);
    }

    /** The public keys the JWK endpoint serves, for a decoder given its keys directly. */
    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    /** A valid token for {@code subject} with {@code roles}. */
    public String valid(String subject, String... roles) {
        return sign(key, claims(subject, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)), roles));
    }

    public String expired(String subject) {
        return sign(key, claims(subject, ISSUER, AUDIENCE, Instant.now().minus(Duration.ofMinutes(10)), "CUSTOMER"));
    }

    public String wrongSignature(String subject) {
        return sign(stranger, claims(subject, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)), "CUSTOMER"));
    }

    public String wrongAudience(String subject) {
        return sign(key, claims(subject, ISSUER, "another-api", Instant.now().plus(Duration.ofMinutes(5)), "CUSTOMER"));
    }

    public String wrongIssuer(String subject) {
        return sign(key, claims(subject, "http://evil.test", AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)),
                "CUSTOMER"));
    }

    /** A token that becomes valid only in ten minutes (beyond any clock skew allowed). */
    public String notYetValid(String subject) {
        Instant later = Instant.now().plus(Duration.ofMinutes(10));
        return sign(key, new JWTClaimsSet.Builder().subject(subject).issuer(ISSUER).audience(AUDIENCE)
                .issueTime(Date.from(Instant.now())).notBeforeTime(Date.from(later))
                .expirationTime(Date.from(later.plus(Duration.ofMinutes(5)))).claim("roles", List.of("CUSTOMER"))
                .build());
    }

    /** A token signed by a key the JWK set does not hold (as after the key was rotated out). */
    public String unknownKey(String subject) {
        try {
            RSAKey retired = new RSAKeyGenerator(2048).keyID("retired-key").generate();
            return sign(retired, claims(subject, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)), "CUSTOMER"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token without a subject. */
    public String withoutSubject() {
        return sign(key, new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE)
                .issueTime(Date.from(Instant.now())).expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("roles", List.of("ADMIN")).build());
    }

    /** An unsigned token ({@code alg: none}) with otherwise valid claims. */
    public String unsigned(String subject) {
        return new PlainJWT(claims(subject, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)), "ADMIN"))
                .serialize();
    }

    /** A valid token but for the JOSE header's {@code typ} ({@code null}: none). */
    public String ofType(String type, String subject) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(type == null ? null : new JOSEObjectType(type)).build(),
                    claims(subject, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)), "CUSTOMER"));
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token that never expires. */
    public String withoutExpiry(String subject) {
        return sign(key, new JWTClaimsSet.Builder().subject(subject).issuer(ISSUER).audience(AUDIENCE)
                .issueTime(Date.from(Instant.now())).claim("roles", List.of("CUSTOMER")).build());
    }

    /** A valid token carrying {@code bytes} characters of padding, to overflow a server's header limit. */
    public String oversized(String subject, int bytes) {
        JWTClaimsSet claims = claims(subject, ISSUER, AUDIENCE, Instant.now().plus(Duration.ofMinutes(5)), "CUSTOMER");
        return sign(key, new JWTClaimsSet.Builder(claims).claim("padding", "x".repeat(bytes)).build());
    }

    private static JWTClaimsSet claims(String subject, String issuer, String audience, Instant expiresAt,
                                       String... roles) {
        Instant issuedAt = expiresAt.minus(Duration.ofMinutes(15)).isAfter(Instant.now())
                ? Instant.now() : expiresAt.minus(Duration.ofMinutes(15));
        return new JWTClaimsSet.Builder()
                .subject(subject).issuer(issuer).audience(audience)
                .issueTime(Date.from(issuedAt)).notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .claim("roles", List.of(roles))
                .build();
    }

    private static String sign(RSAKey signingKey, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** For callers that want the port only. */
    public int port() {
        return server.getAddress().getPort();
    }

}
