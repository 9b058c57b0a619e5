package dev.eventualshop.order.query.infrastructure.web;

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
 * details, health public, the rest of the actuator for {@code ADMIN}); a customer's orders for {@code CUSTOMER} or
 * {@code ADMIN} (which of them the caller may read, {@link OrderController} decides), the orders by status for
 * {@code ADMIN} only: the shop's work list is not its customers' business.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String ORDERS = "/api/v1/orders";
    static final String ORDER = "/api/v1/orders/{orderId}";
    static final String ADMIN_ORDERS = "/api/v1/admin/orders";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder, JwtAuthenticationConverter converter,
                                    ProblemAuthenticationEntryPoint unauthorized, ProblemAccessDeniedHandler forbidden)
            throws Exception {
        // Registered before the building block's rules, so they are matched before its "any request authenticated".
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(ADMIN_ORDERS).hasRole("ADMIN")
                .requestMatchers(ORDERS, "/api/v1/orders/**").hasAnyRole("CUSTOMER", "ADMIN"));
        return BearerTokenSecurity.chain(http, decoder, converter, unauthorized, forbidden);
    }
}
