package dev.eventualshop.identity.command.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class PasswordsTest {

    private final Passwords passwords = new Passwords(PasswordEncoderFactories.createDelegatingPasswordEncoder());

    @Test
    void a_password_is_stored_as_a_bcrypt_hash_that_only_it_matches() {
        String hash = passwords.encode("correct horse battery");
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("correct horse battery");
        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(passwords.matches("correct horse batterz", hash)).isFalse();
    }

    @Test
    void passwords_up_to_128_characters_are_taken_whole_even_past_bcrypts_72_bytes() {
        String longest = "p".repeat(72) + "q".repeat(56);
        String hash = passwords.encode(longest);
        assertThat(passwords.matches(longest, hash)).isTrue();
        assertThat(passwords.matches("p".repeat(72), hash)).as("the first 72 bytes alone").isFalse();
        assertThat(passwords.matches("p".repeat(72) + "q".repeat(55) + "r", hash)).as("differs at the end").isFalse();
    }

    @Test
    void multibyte_characters_count_in_bytes() {
        String emoji = "🔑".repeat(20);
        assertThat(passwords.matches(emoji, passwords.encode(emoji))).isTrue();
        assertThat(passwords.matches("🔑".repeat(18), passwords.encode(emoji))).isFalse();
    }

    @Test
    void hashes_made_by_the_plain_delegating_encoder_still_match() {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("an older password");
        assertThat(passwords.matches("an older password", hash)).isTrue();
    }
}
