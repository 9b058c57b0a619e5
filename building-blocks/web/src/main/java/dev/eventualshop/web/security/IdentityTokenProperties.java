package dev.eventualshop.web.security;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Identity's access tokens come from ({@code eventualshop.identity.*}).
 *
 * @param issuer    Identity's origin, the tokens' {@code iss}
 * @param jwkSetUri Identity's signing keys; {@code {issuer}/oauth2/jwks} when unset
 * @param audience  the {@code aud} every token for the public API carries
 */
@ConfigurationProperties("eventualshop.identity")
public record IdentityTokenProperties(@DefaultValue("http://localhost:9000") String issuer, URI jwkSetUri,
                                      @DefaultValue(IdentityJwt.AUDIENCE) String audience) {

    public URI jwkSet() {
        return jwkSetUri != null ? jwkSetUri : URI.create(stripSlash(issuer) + "/oauth2/jwks");
    }

    private static String stripSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
