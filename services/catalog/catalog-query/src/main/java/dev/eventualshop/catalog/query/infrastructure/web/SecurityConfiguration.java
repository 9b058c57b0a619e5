package dev.eventualshop.catalog.query.infrastructure.web;

import dev.eventualshop.web.security.BearerTokenSecurity;
import dev.eventualshop.web.security.ProblemAccessDeniedHandler;
import dev.eventualshop.web.security.ProblemAuthenticationEntryPoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The web building block's {@link BearerTokenSecurity}, with the catalog's reads open to anyone: a token is
 * optional there, but one that is sent must be valid (401 otherwise), and it is what makes the caller an admin.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder, JwtAuthenticationConverter converter,
                                    ProblemAuthenticationEntryPoint unauthorized, ProblemAccessDeniedHandler forbidden)
            throws Exception {
        // Matched before the building block's rules, which end with "every other request is authenticated".
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/catalog/items", "/api/v1/catalog/items/*").permitAll());
        return BearerTokenSecurity.chain(http, decoder, converter, unauthorized, forbidden);
    }
}
