package dev.eventualshop.identity.query.infrastructure.web;

import dev.eventualshop.web.security.BearerTokenSecurity;
import dev.eventualshop.web.security.ProblemAccessDeniedHandler;
import dev.eventualshop.web.security.ProblemAuthenticationEntryPoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Bearer tokens only, as the web building block's {@link BearerTokenSecurity} sets them up: Identity's tokens
 * validated, 401 and 403 as problem details, health public, the other actuator endpoints (parked identity events)
 * for {@code ADMIN}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder, JwtAuthenticationConverter converter,
                                    ProblemAuthenticationEntryPoint unauthorized, ProblemAccessDeniedHandler forbidden)
            throws Exception {
        return BearerTokenSecurity.chain(http, decoder, converter, unauthorized, forbidden);
    }
}
