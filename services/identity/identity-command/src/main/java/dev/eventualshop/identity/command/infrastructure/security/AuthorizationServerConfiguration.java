package dev.eventualshop.identity.command.infrastructure.security;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.eventualshop.identity.command.application.Credentials;
import dev.eventualshop.identity.command.infrastructure.IdentityProperties;
import dev.eventualshop.web.RateLimiter;
import dev.eventualshop.web.security.IdentityJwt;
import dev.eventualshop.web.security.ProblemAccessDeniedHandler;
import dev.eventualshop.web.security.ProblemAuthenticationEntryPoint;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Identity's Authorization Server and the three filter chains of this service: the OAuth 2.1 / OIDC
 * endpoints; the internal API the gateway calls (stateless; the password change needs the user's bearer
 * token); and everything else, behind the standard login form with its rate limit.
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfiguration {

    /** The audience of every access token this server issues, and the one resource servers require. */
    public static final String API_AUDIENCE = IdentityJwt.AUDIENCE;
    public static final String GATEWAY_CLIENT = "eventualshop";
    public static final String CLI_CLIENT = "eventualshop-cli";
    public static final String CLI_REDIRECT_URI = "http://127.0.0.1:8089/callback";

    private static final Logger log = LoggerFactory.getLogger(AuthorizationServerConfiguration.class);
    private static final String ROLE_PREFIX = "ROLE_";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain internalApiChain(HttpSecurity http, ProblemAuthenticationEntryPoint unauthorized,
                                         ProblemAccessDeniedHandler forbidden) throws Exception {
        http.securityMatcher("/internal/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.PUT, "/internal/identity/password").authenticated()
                        .requestMatchers(HttpMethod.POST, "/internal/identity/users",
                                "/internal/identity/users/*/email-confirmation",
                                "/internal/identity/email-confirmation-requests").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain loginChain(HttpSecurity http, IdentityProperties properties, Clock clock, JsonMapper mapper)
            throws Exception {
        RateLimiter limiter = new RateLimiter(properties.loginRateLimit(), Duration.ofMinutes(1), clock);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new LoginRateLimitFilter(limiter, mapper), CsrfFilter.class)
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    /** Signs in with the address as user name; the principal's name is the user id, so {@code sub} is too. */
    @Bean
    UserDetailsService userDetailsService(Credentials credentials) {
        return username -> credentials.byEmail(username)
                .map(credential -> User.withUsername(credential.userId().toString())
                        .password(credential.passwordHash())
                        .authorities(credential.roles().stream().map(role -> ROLE_PREFIX + role)
                                .map(SimpleGrantedAuthority::new).toList())
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProperties properties, PasswordEncoder passwords) {
        List<RegisteredClient> clients = new ArrayList<>();
        clients.add(RegisteredClient.withId(uuidOf(CLI_CLIENT))
                .clientId(CLI_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(CLI_REDIRECT_URI)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(15)).build())
                .build());
        IdentityProperties.Clients configured = properties.clients();
        if (configured.gatewaySecret() == null || configured.gatewaySecret().isBlank()) {
            log.warn("eventualshop.identity.clients.gateway-secret is not set: the gateway's client '{}' is not "
                    + "registered", GATEWAY_CLIENT);
        } else {
            String gateway = trimSlash(configured.gatewayUrl());
            clients.add(RegisteredClient.withId(uuidOf(GATEWAY_CLIENT))
                    .clientId(GATEWAY_CLIENT)
                    .clientSecret(passwords.encode(configured.gatewaySecret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUri(gateway + "/login/oauth2/code/" + GATEWAY_CLIENT)
                    .postLogoutRedirectUri(gateway + "/")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(15))
                            .refreshTokenTimeToLive(Duration.ofHours(8)).reuseRefreshTokens(false).build())
                    .build());
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    OAuth2AuthorizationService authorizationService(JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(JdbcTemplate jdbc,
                                                                  RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    SigningKeys signingKeys(IdentityProperties properties) {
        return SigningKeys.from(properties.keys());
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
        return new ImmutableJWKSet<>(keys.jwkSet());
    }

    /**
     * This server's own access tokens, for the internal API and userinfo: the web building block's rules
     * (RS256, expiry, issuer, audience, subject, type) against the keys at hand, with no HTTP call to itself.
     */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, IdentityProperties properties) {
        return IdentityJwt.decoder(jwkSource, properties.issuer(), API_AUDIENCE);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    /**
     * Every token names the current signing key; access tokens carry {@code aud = eventualshop-api} and the
     * user's roles ({@code sub} is the user id already: it is the principal's name). The claim values are
     * {@link ArrayList}s: the claims are stored with the authorization (JDBC, as JSON with type ids) and read
     * back on a refresh, and Spring Security's allow-list of types refuses the JDK's immutable lists.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenCustomizer(SigningKeys keys) {
        return context -> {
            context.getJwsHeader().keyId(keys.currentKeyId());
            List<String> roles = context.getPrincipal().getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith(ROLE_PREFIX))
                    .map(authority -> authority.substring(ROLE_PREFIX.length()))
                    .collect(Collectors.toCollection(ArrayList::new));
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                context.getClaims().audience(new ArrayList<>(List.of(API_AUDIENCE))).claim("roles", roles);
            } else if ("id_token".equals(context.getTokenType().getValue())) {
                context.getClaims().claim("roles", roles);
            }
        };
    }

    private static String uuidOf(String clientId) {
        return UUID.nameUUIDFromBytes(clientId.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
