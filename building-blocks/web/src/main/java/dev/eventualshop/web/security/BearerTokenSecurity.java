package dev.eventualshop.web.security;

import jakarta.servlet.DispatcherType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The security of a service that only answers bearer tokens (the query services): stateless, no CSRF, no session,
 * no form; Identity's tokens validated by the web building block's decoder (RS256 from the JWK set, expiry,
 * issuer, audience, subject); 401 and 403 as problem details. Health is public; the rest of the actuator (parked
 * messages) needs {@value #OPERATOR}. A service declares it as its chain:
 * {@code @Bean SecurityFilterChain api(HttpSecurity http, ...) { return BearerTokenSecurity.chain(http, ...); }}.
 */
public final class BearerTokenSecurity {

    /** The only role that reaches the actuator beyond the health probes. */
    public static final String OPERATOR = "ADMIN";

    private BearerTokenSecurity() {
    }

    /** Every request but the health probes carries a valid access token; the actuator's others need an admin. */
    public static SecurityFilterChain chain(HttpSecurity http, JwtDecoder decoder, JwtAuthenticationConverter roles,
                                            ProblemAuthenticationEntryPoint unauthorized,
                                            ProblemAccessDeniedHandler forbidden) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator", "/actuator/**").hasRole(OPERATOR)
                        .anyRequest().authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(roles))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }
}
