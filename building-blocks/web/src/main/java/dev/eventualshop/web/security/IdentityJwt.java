package dev.eventualshop.web.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * How a service validates Identity's access tokens: signature by the keys of Identity's JWK set (fetched on
 * the first token, so starting needs no discovery call and no running Identity), {@code RS256} only (so
 * {@code alg: none} and HMAC tricks fail), expiry and not-before, and explicitly the issuer and the audience.
 * Identity itself, which holds its keys, validates its tokens the same way from its {@link JWKSource}.
 * The {@code roles} claim becomes {@code ROLE_*} authorities; the principal's name is {@code sub}, the user id.
 */
public final class IdentityJwt {

    /** The audience of tokens for the public API. */
    public static final String AUDIENCE = "eventualshop-api";
    /** The claim listing the user's roles, e.g. {@code ["CUSTOMER"]}. */
    public static final String ROLES = "roles";
    /** The JOSE {@code typ} values of an access token (besides none). */
    public static final List<String> ACCESS_TOKEN_TYPES = List.of("JWT", "at+jwt");

    private IdentityJwt() {
    }

    public static JwtDecoder decoder(IdentityTokenProperties properties) {
        return decoder(properties.jwkSet(), properties.issuer(), properties.audience());
    }

    public static JwtDecoder decoder(URI jwkSetUri, String issuer, String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri.toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator(issuer, audience));
        return decoder;
    }

    /** Identity's tokens checked against keys at hand (Identity's own), with the same rules. */
    public static JwtDecoder decoder(JWKSource<SecurityContext> keys, String issuer, String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator(issuer, audience));
        return decoder;
    }

    /**
     * Expiry (required) and not-before, the exact issuer, the audience among {@code aud}, a subject, and the
     * type of an access token: none, {@code JWT} (what Spring Authorization Server writes) or {@code at+jwt}
     * (RFC 9068), so a DPoP proof or a logout token signed by the same key is refused by its type.
     */
    public static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(audience, "audience");
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setAllowEmptyExpiryClaim(false);
        JwtTypeValidator accessTokenTypes = new JwtTypeValidator(ACCESS_TOKEN_TYPES);
        accessTokenTypes.setAllowEmpty(true);
        return new DelegatingOAuth2TokenValidator<>(List.of(
                timestamps,
                accessTokenTypes,
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.contains(audience)),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank())));
    }

    /** {@code roles} -> {@code ROLE_*}; the name is {@code sub}. */
    public static JwtAuthenticationConverter authenticationConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(ROLES);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        converter.setPrincipalClaimName(JwtClaimNames.SUB);
        return converter;
    }
}
