package dev.eventualshop.identity.command.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import dev.eventualshop.identity.command.infrastructure.IdentityProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void configured_keys_sign_with_the_current_pair_and_still_publish_the_previous_key() throws Exception {
        KeyPair current = SigningKeys.generate();
        KeyPair previous = SigningKeys.generate();
        Path currentPrivate = write("current.key", SigningKeys.pem(current.getPrivate()));
        Path currentPublic = write("current.pub", SigningKeys.pem(current.getPublic()));
        Path previousPublic = write("previous.pub", SigningKeys.pem(previous.getPublic()));

        SigningKeys keys = SigningKeys.from(new IdentityProperties.Keys(currentPrivate, currentPublic, previousPublic));

        List<JWK> published = keys.jwkSet().getKeys();
        assertThat(published).hasSize(2);
        RSAKey signing = (RSAKey) keys.jwkSet().getKeyByKeyId(keys.currentKeyId());
        assertThat(signing.isPrivate()).isTrue();
        assertThat(signing.toRSAPublicKey()).isEqualTo(current.getPublic());
        RSAKey old = (RSAKey) published.stream().filter(key -> !key.getKeyID().equals(keys.currentKeyId()))
                .findFirst().orElseThrow();
        assertThat(old.isPrivate()).isFalse();
        assertThat(old.toRSAPublicKey()).isEqualTo(previous.getPublic());
        assertThat(keys.jwkSet().toPublicJWKSet().getKeys()).noneMatch(JWK::isPrivate);
    }

    @Test
    void the_same_key_always_has_the_same_id() throws IOException {
        KeyPair pair = SigningKeys.generate();
        IdentityProperties.Keys configured = new IdentityProperties.Keys(
                write("a.key", SigningKeys.pem(pair.getPrivate())), write("a.pub", SigningKeys.pem(pair.getPublic())),
                null);
        assertThat(SigningKeys.from(configured).currentKeyId()).isEqualTo(SigningKeys.from(configured).currentKeyId());
    }

    @Test
    void without_configured_keys_a_key_is_generated_for_this_start() {
        SigningKeys first = SigningKeys.from(new IdentityProperties.Keys(null, null, null));
        SigningKeys second = SigningKeys.from(new IdentityProperties.Keys(null, null, null));
        assertThat(first.jwkSet().getKeys()).hasSize(1);
        assertThat(first.currentKeyId()).isNotEqualTo(second.currentKeyId());
    }

    @Test
    void a_file_that_is_not_a_key_is_refused_at_start() throws IOException {
        Path garbage = write("garbage.pem", "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n");
        assertThatThrownBy(() -> SigningKeys.from(new IdentityProperties.Keys(garbage, garbage, null)))
                .isInstanceOf(IllegalStateException.class);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
