package dev.eventualshop.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dev.eventualshop.web.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A decoder over keys at hand (Identity's own) applies the same rules as one over the JWK set URI: Identity
 * validates the tokens of its internal API with it.
 */
class IdentityJwtTest {

    static final TestTokens TOKENS = TestTokens.start();
    final JwtDecoder decoder = IdentityJwt.decoder(new ImmutableJWKSet<>(TOKENS.publicKeys()), TestTokens.ISSUER,
            TestTokens.AUDIENCE);

    @AfterAll
    static void stop() {
        TOKENS.close();
    }

    @Test
    void a_valid_access_token_of_each_type_is_accepted() {
        assertThat(decoder.decode(TOKENS.valid("user-1", "CUSTOMER")).getSubject()).isEqualTo("user-1");
        assertThat(decoder.decode(TOKENS.ofType("at+jwt", "user-2")).getSubject()).isEqualTo("user-2");
        assertThat(decoder.decode(TOKENS.ofType(null, "user-3")).getSubject()).isEqualTo("user-3");
    }

    @Test
    void what_the_resource_servers_refuse_is_refused_here_too() {
        for (String token : new String[] {TOKENS.expired("u"), TOKENS.wrongSignature("u"), TOKENS.unsigned("u"),
                TOKENS.wrongAudience("u"), TOKENS.wrongIssuer("u"), TOKENS.notYetValid("u"), TOKENS.unknownKey("u"),
                TOKENS.withoutSubject(), TOKENS.withoutExpiry("u"), TOKENS.ofType("dpop+jwt", "u"),
                TOKENS.ofType("logout+jwt", "u")}) {
            assertThatThrownBy(() -> decoder.decode(token)).isInstanceOf(JwtException.class);
        }
    }
}
