package dev.eventualshop.identity.command.infrastructure.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import dev.eventualshop.identity.command.infrastructure.IdentityProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The keys tokens are signed with: the current RSA pair signs, and a previous public key, when configured,
 * is still published in the JWK set so tokens signed before a rotation keep validating until they expire.
 * Key ids are RFC 7638 thumbprints, so the same key always has the same id.
 */
public final class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final RSAKey current;
    private final JWKSet published;

    private SigningKeys(RSAKey current, List<JWK> previous) {
        this.current = current;
        List<JWK> keys = new ArrayList<>();
        keys.add(current);
        keys.addAll(previous);
        this.published = new JWKSet(keys);
    }

    /** The configured keys, or a pair generated for this start (with a warning) when none are configured. */
    public static SigningKeys from(IdentityProperties.Keys keys) {
        if (!keys.configured()) {
            log.warn("No signing keys configured (eventualshop.identity.keys.current-private/-public): using a key "
                    + "generated for this start; tokens will not survive a restart");
            return new SigningKeys(rsaKey(generate()), List.of());
        }
        KeyPair pair = new KeyPair(publicKey(keys.currentPublic()), privateKey(keys.currentPrivate()));
        List<JWK> previous = keys.previousPublic() == null ? List.of()
                : List.of(rsaKey(new KeyPair(publicKey(keys.previousPublic()), null)));
        return new SigningKeys(rsaKey(pair), previous);
    }

    /** The id of the key that signs; tokens name it in their header. */
    public String currentKeyId() {
        return current.getKeyID();
    }

    /** Every key, private parts included for the current one (the encoder needs it). */
    public JWKSet jwkSet() {
        return published;
    }

    /** A new 2048-bit RSA pair. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        }
    }

    private static RSAKey rsaKey(KeyPair pair) {
        RSAKey.Builder builder = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).keyUse(KeyUse.SIGNATURE);
        if (pair.getPrivate() != null) {
            builder.privateKey((RSAPrivateKey) pair.getPrivate());
        }
        try {
            return builder.keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute a key id", e);
        }
    }

    private static RSAPublicKey publicKey(Path pem) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an X.509 RSA public key: " + pem, e);
        }
    }

    private static RSAPrivateKey privateKey(Path pem) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not a PKCS#8 RSA private key: " + pem, e);
        }
    }

    private static byte[] der(Path pem) {
        try {
            String text = Files.readString(pem).replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
            return Base64.getDecoder().decode(text);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the PEM file " + pem, e);
        }
    }

    /** PEM text of {@code key}'s encoding, for tools (and tests) that write key files. */
    public static String pem(java.security.Key key) {
        String type = key instanceof RSAPrivateKey ? "PRIVATE KEY" : "PUBLIC KEY";
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getEncoded())
                + "\n-----END " + type + "-----\n";
    }
}
