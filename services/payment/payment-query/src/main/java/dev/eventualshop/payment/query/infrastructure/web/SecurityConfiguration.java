package dev.eventualshop.payment.query.infrastructure.web;

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
 * Bearer tokens only, as the web building block's {@link BearerTokenSecurity} sets them up (401 and 403 as problem
 * details, health public, the rest of the actuator for {@code ADMIN}); the payments for {@code ADMIN} only: they
 * are the shop's books, and a customer follows their payment through their order.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String ADMIN_PAYMENTS = "/api/v1/admin/payments";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder, JwtAuthenticationConverter converter,
                                    ProblemAuthenticationEntryPoint unauthorized, ProblemAccessDeniedHandler forbidden)
            throws Exception {
        // Registered before the building block's rules, so it is matched before its "any request authenticated".
        http.authorizeHttpRequests(requests -> requests.requestMatchers(ADMIN_PAYMENTS).hasRole("ADMIN"));
        return BearerTokenSecurity.chain(http, decoder, converter, unauthorized, forbidden);
    }
}
