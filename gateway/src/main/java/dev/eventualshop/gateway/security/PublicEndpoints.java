package dev.eventualshop.gateway.security;

import jakarta.servlet.DispatcherType;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** Who may call what, the same in both chains: the API needs a signed-in user except where API.md says anyone. */
final class PublicEndpoints {

    /** Identity's commands for callers without an account: they need no CSRF token (there is no session to ride). */
    static final RequestMatcher ANONYMOUS_COMMANDS = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/identity/users"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/identity/users/*/email-confirmation"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/identity/email-confirmation-requests"));

    static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

    private PublicEndpoints() {
    }

    static void authorize(
            AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                .requestMatchers(ANONYMOUS_COMMANDS).permitAll()
                .requestMatchers(HttpMethod.GET, "/api/v1/auth/config").permitAll()
                // The catalog is public to read (inactive items only for an ADMIN: catalog-query decides from the
                // relayed token); changing it, and the warehouse, are an ADMIN's.
                .requestMatchers(HttpMethod.GET, "/api/v1/catalog/items", "/api/v1/catalog/items/*").permitAll()
                .requestMatchers("/api/v1/catalog/**", "/api/v1/warehouse/**").hasRole("ADMIN")
                .requestMatchers("/api/v1/carts", "/api/v1/carts/**").hasRole("CUSTOMER")
                // Reading orders: a customer's own, or any for an ADMIN (order-query decides which from the token).
                .requestMatchers(HttpMethod.GET, "/api/v1/orders", "/api/v1/orders/*").hasAnyRole("CUSTOMER", "ADMIN")
                // A customer cancels or reorders their own order (order-command decides whose it is); an ADMIN ships.
                .requestMatchers(HttpMethod.POST, "/api/v1/orders/*/cancel", "/api/v1/orders/*/reorder")
                .hasRole("CUSTOMER")
                .requestMatchers(HttpMethod.POST, "/api/v1/orders/*/ship").hasRole("ADMIN")
                .requestMatchers("/api/v1/admin/**").hasRole("ADMIN")
                .requestMatchers("/api/**").authenticated()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .anyRequest().permitAll();
    }
}
