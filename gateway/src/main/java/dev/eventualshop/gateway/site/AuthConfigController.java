package dev.eventualshop.gateway.site;

import dev.eventualshop.gateway.GatewayProperties;
import dev.eventualshop.web.security.IdentityTokenProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/auth/config}: where API clients sign in (public). */
@RestController
class AuthConfigController {

    private final AuthConfig config;

    AuthConfigController(IdentityTokenProperties identity, GatewayProperties gateway) {
        this.config = new AuthConfig(identity.issuer(), gateway.cliClientId());
    }

    @GetMapping("/api/v1/auth/config")
    AuthConfig config() {
        return config;
    }

    record AuthConfig(String issuer, String cliClientId) {
    }
}
