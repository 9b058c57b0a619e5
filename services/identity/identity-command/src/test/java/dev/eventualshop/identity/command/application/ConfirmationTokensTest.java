package dev.eventualshop.identity.command.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfirmationTokensTest {

    private final ConfirmationTokens tokens = new ConfirmationTokens(new SecureRandom());

    @Test
    void a_token_is_32_random_bytes_in_base64url_and_is_stored_as_its_sha256() {
        ConfirmationTokens.Issued issued = tokens.issue();

        assertThat(issued.raw()).matches("[A-Za-z0-9_-]{43}");
        assertThat(issued.hash()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(issued.raw());
        assertThat(ConfirmationTokens.hash(issued.raw())).isEqualTo(issued.hash());
    }

    @Test
    void the_hash_is_sha256_of_the_token_text() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertThat(ConfirmationTokens.hash("abc")).isEqualTo("ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0");
    }

    @Test
    void tokens_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            assertThat(seen.add(tokens.issue().raw())).isTrue();
        }
    }

    @Test
    void an_issued_token_prints_neither_part() {
        ConfirmationTokens.Issued issued = tokens.issue();
        assertThat(issued.toString()).doesNotContain(issued.raw(), issued.hash());
    }
}
