package dev.eventualshop.gateway.security;

import java.util.Optional;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The signed-in user a request comes from, as the token says: {@code sub}, the user id. Never taken from a
 * request body.
 *
 * @param userId         the token's {@code sub}
 * @param authentication how they signed in: a bearer token, or the browser session's OIDC login
 */
public record Caller(String userId, Authentication authentication) {

    public static Optional<Caller> of(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken jwt) {
            return Optional.of(new Caller(jwt.getToken().getSubject(), jwt));
        }
        if (authentication instanceof OAuth2AuthenticationToken session
                && session.getPrincipal() instanceof OidcUser user) {
            return Optional.of(new Caller(user.getSubject(), session));
        }
        return Optional.empty();
    }

    /** The caller of an endpoint that requires a signed-in user. */
    public static Caller required(Authentication authentication) {
        return of(authentication).orElseThrow(() ->
                new InsufficientAuthenticationException("sign in first"));
    }
}
