package dev.eventualshop.identity.command.infrastructure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Identity's settings ({@code eventualshop.identity.*}); each has a local default and can be overridden
 * from the environment (e.g. {@code EVENTUALSHOP_IDENTITY_ISSUER}).
 *
 * @param issuer           this Authorization Server's public origin, the tokens' {@code iss}
 * @param storefrontUrl    where confirmation links point ({@code {storefrontUrl}/confirm-email?...})
 * @param confirmationTtl  how long a mailed confirmation link is good for
 * @param loginRateLimit   sign-in attempts allowed per minute per client IP and user name
 * @param clients          the two OAuth clients
 * @param keys             the token signing keys; none configured means a key generated per start
 * @param admin            the operator account ensured at start, when both parts are set
 */
@Validated
@ConfigurationProperties("eventualshop.identity")
public record IdentityProperties(@DefaultValue("http://localhost:9000") @NotBlank String issuer,
                                 @DefaultValue("http://localhost:8080") @NotBlank String storefrontUrl,
                                 @DefaultValue("24h") @NotNull Duration confirmationTtl,
                                 @DefaultValue("10") @Min(1) int loginRateLimit,
                                 @DefaultValue @Valid Clients clients,
                                 @DefaultValue Keys keys,
                                 @DefaultValue Admin admin) {

    /**
     * @param gatewayUrl    the gateway's origin: the confidential client's redirect and post-logout URIs
     * @param gatewaySecret the confidential client's secret; without one that client is not registered
     */
    public record Clients(@DefaultValue("http://localhost:8080") @NotBlank String gatewayUrl, String gatewaySecret) {
        @Override
        public String toString() {
            return "Clients[gatewayUrl=" + gatewayUrl + "]";
        }
    }

    /**
     * PEM files: the current RSA pair (PKCS#8 private key, X.509 public key) signs; a previous public key stays
     * in the JWK set so tokens it signed keep validating through a rotation.
     */
    public record Keys(Path currentPrivate, Path currentPublic, Path previousPublic) {
        public boolean configured() {
            return currentPrivate != null && currentPublic != null;
        }
    }

    /** The operator account; its password is only ever set once (an existing account is left alone). */
    public record Admin(String email, String password) {
        public boolean configured() {
            return email != null && !email.isBlank() && password != null && !password.isBlank();
        }

        @Override
        public String toString() {
            return "Admin[email=" + email + "]";
        }
    }
}
