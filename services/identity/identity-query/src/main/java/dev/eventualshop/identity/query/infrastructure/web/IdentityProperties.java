package dev.eventualshop.identity.query.infrastructure.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where Identity's tokens come from ({@code eventualshop.identity.*}); local defaults in
 * {@code identity-query.yml}, overridden by {@code EVENTUALSHOP_IDENTITY_*} in the environment.
 *
 * @param jwkSetUri Identity's signing keys, read when the first token arrives (no discovery call at start-up)
 * @param issuer    the {@code iss} every token must carry: Identity's origin
 * @param audience  the {@code aud} every token must include
 */
@Validated
@ConfigurationProperties("eventualshop.identity")
public record IdentityProperties(@NotNull URI jwkSetUri, @NotBlank String issuer, @NotBlank String audience) {
}
