package dev.eventualshop.identity.query;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * Identity as a resource server sees it, for tests: an RSA signing key whose public half is served as a JWK set
 * from a local HTTP endpoint (for as long as the test JVM runs), and access tokens signed with it (or forged in
 * the ways an attacker would).
 */
final class TestIdentity {

    static final String AUDIENCE = "eventualshop-api";
    static final String JWKS_PATH = "/oauth2/jwks";

    private final RSAKey signingKey = rsaKey("identity-key-1");
    /** A key Identity never published, under the same key id: its signatures must not verify. */
    private final RSAKey impostorKey = rsaKey("identity-key-1");
    private final HttpServer server;
    private final List<String> requestedPaths = new CopyOnWriteArrayList<>();

    private TestIdentity(HttpServer server) {
        this.server = server;
        byte[] keys = new JWKSet(signingKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            requestedPaths.add(exchange.getRequestURI().getPath());
            boolean jwks = exchange.getRequestURI().getPath().equals(JWKS_PATH);
            byte[] body = jwks ? keys : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(jwks ? 200 : 404, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    static TestIdentity start() {
        try {
            return new TestIdentity(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Identity's origin: the issuer of its tokens. */
    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String jwkSetUri() {
        return issuer() + JWKS_PATH;
    }

    /** Every path asked of Identity so far. */
    List<String> requestedPaths() {
        return List.copyOf(requestedPaths);
    }

    /** The claims of a valid access token for {@code subject}, for a test to change before signing. */
    JWTClaimsSet.Builder claims(String subject) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(issuer())
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("roles", List.of("CUSTOMER"))
                .claim("scope", "openid profile");
    }

    /** A valid access token for {@code subject}. */
    String token(String subject) {
        return signed(claims(subject).build());
    }

    /** An access token for {@code subject} with its claims changed by {@code change}, signed by Identity. */
    String token(String subject, UnaryOperator<JWTClaimsSet.Builder> change) {
        return signed(change.apply(claims(subject)).build());
    }

    String signed(JWTClaimsSet claims) {
        return sign(signingKey, claims);
    }

    /** Signed by Identity with the JOSE header {@code typ} set to {@code type} ({@code null}: no {@code typ}). */
    String signedAsType(String type, JWTClaimsSet claims) {
        return sign(signingKey, type == null ? null : new JOSEObjectType(type), claims);
    }

    /** Signed with a key Identity never published, under the key id of Identity's key. */
    String signedByImpostor(JWTClaimsSet claims) {
        return sign(impostorKey, claims);
    }

    /** Signed with a key Identity does not publish (rotated out, or never its own), under {@code keyId}. */
    static String signedWithUnknownKey(String keyId, JWTClaimsSet claims) {
        return sign(rsaKey(keyId), claims);
    }

    /** {@code alg: none}: the claims with no signature at all. */
    static String unsigned(JWTClaimsSet claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** HS256 under the key id of Identity's RSA key, keyed from its public half: an algorithm-confusion forgery. */
    String signedWithPublicKeyAsSecret(JWTClaimsSet claims) {
        try {
            byte[] secret = MessageDigest.getInstance("SHA-256").digest(signingKey.toPublicJWK().toJSONString()
                    .getBytes(StandardCharsets.UTF_8));
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(signingKey.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        return sign(key, JOSEObjectType.JWT, claims);
    }

    private static String sign(RSAKey key, JOSEObjectType type, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(type).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
