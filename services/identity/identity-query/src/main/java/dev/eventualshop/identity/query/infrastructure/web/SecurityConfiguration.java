package dev.eventualshop.identity.query.infrastructure.web;

import dev.eventualshop.web.security.ProblemAccessDeniedHandler;
import dev.eventualshop.web.security.ProblemAuthenticationEntryPoint;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A stateless resource server: every request but the health probes carries an access token from Identity,
 * validated by the web building block's decoder ({@code eventualshop.identity.*}: Identity's JWK set, issuer,
 * audience). The rest of the actuator (parked messages) is for ADMINs. Sessions, CSRF tokens and login pages
 * have no place in it; refusals are the web building block's 401/403 problem details.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Operators: the only role that reaches the actuator beyond the health probes (parked messages). */
    static final String ADMIN = "ADMIN";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder, JwtAuthenticationConverter roles,
                                    ProblemAuthenticationEntryPoint unauthorized,
                                    ProblemAccessDeniedHandler forbidden) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator", "/actuator/**").hasRole(ADMIN)
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
