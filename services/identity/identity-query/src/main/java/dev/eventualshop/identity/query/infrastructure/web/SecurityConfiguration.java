package dev.eventualshop.identity.query.infrastructure.web;

import jakarta.servlet.DispatcherType;
import java.util.Objects;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stateless resource server: every request but the health probes carries an access token from Identity,
 * validated here from Identity's JWK set (signature with RS256, expiry, issuer, audience, a subject). The rest
 * of the actuator (parked messages) is for ADMINs. Sessions, CSRF tokens and login pages have no place in it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

    /** Operators: the only role that reaches the actuator beyond the health probes (parked messages). */
    static final String ADMIN = "ADMIN";
    static final String ROLES_CLAIM = "roles";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JwtDecoder decoder, JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
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
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(rolesAsAuthorities()))
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.unauthorized())
                        .accessDeniedHandler(problems.forbidden()))
                .addFilterBefore(new KeysUnavailableFilter(problems), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /** The token's {@code roles} claim as Spring Security roles ({@code ADMIN} -> {@code ROLE_ADMIN}). */
    static JwtAuthenticationConverter rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    /** Keys are fetched from Identity when the first token arrives, and again when a token names an unknown key. */
    @Bean
    JwtDecoder jwtDecoder(IdentityProperties identity) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(identity.jwkSetUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(validator(identity));
        return decoder;
    }

    /**
     * Expiry and not-before (the defaults), Identity as issuer, this API as audience, a subject, and the type of
     * an access token: none, {@code JWT} (what Spring Authorization Server writes) or {@code at+jwt} (RFC 9068),
     * so an ID token is refused by its audience and a DPoP proof or logout token by its type.
     */
    static OAuth2TokenValidator<Jwt> validator(IdentityProperties identity) {
        JwtTypeValidator accessTokenTypes = new JwtTypeValidator("JWT", "at+jwt");
        accessTokenTypes.setAllowEmpty(true);
        return JwtValidators.createDefaultWithValidators(
                accessTokenTypes,
                new JwtIssuerValidator(identity.issuer()),
                new JwtAudienceValidator(identity.audience()),
                new JwtClaimValidator<Object>(JwtClaimNames.SUB, Objects::nonNull),
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, Objects::nonNull));
    }
}
