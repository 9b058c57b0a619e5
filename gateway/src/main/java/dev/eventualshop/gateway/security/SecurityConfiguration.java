package dev.eventualshop.gateway.security;

import dev.eventualshop.gateway.GatewayProperties;
import dev.eventualshop.web.security.IdentityTokenProperties;
import dev.eventualshop.web.security.ProblemAccessDeniedHandler;
import dev.eventualshop.web.security.ProblemAuthenticationEntryPoint;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two chains. A request with an {@code Authorization: Bearer} header is an API client's: stateless, no CSRF, the
 * token validated against Identity's keys. Every other request is a browser's: {@code oauth2Login} with the
 * confidential client, the tokens kept in the server-side session behind an HttpOnly {@code GATEWAYSESSION}
 * cookie, and the SPA's CSRF token ({@code XSRF-TOKEN} cookie, {@code X-XSRF-TOKEN} header). Unauthenticated
 * {@code /api/**} calls get 401 problem details in both, never a redirect; {@code POST /logout} ends the gateway's
 * session and, by OIDC RP-initiated logout, Identity's.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String REGISTRATION_ID = "eventualshop";

    /** A bearer token in the {@code Authorization} header, whatever its validity: the bearer chain judges it. */
    static final RequestMatcher BEARER = request -> {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    };

    @Bean
    @Order(1)
    SecurityFilterChain bearerChain(HttpSecurity http, JwtDecoder decoder, JwtAuthenticationConverter converter,
                                    ProblemAuthenticationEntryPoint unauthorized, ProblemAccessDeniedHandler denied)
            throws Exception {
        return http
                .securityMatcher(BEARER)
                .authorizeHttpRequests(PublicEndpoints::authorize)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(denied))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(denied))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain sessionChain(HttpSecurity http, ClientRegistrationRepository registrations,
                                     OAuth2AuthorizedClientRepository authorizedClients,
                                     ProblemAuthenticationEntryPoint unauthorized, ProblemAccessDeniedHandler denied)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver pkce =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler identityLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        identityLogout.setPostLogoutRedirectUri("{baseUrl}/");
        // Remember where a browser was going only for pages: an anonymous API call must not open a session.
        HttpSessionRequestCache pages = new HttpSessionRequestCache();
        pages.setRequestMatcher(new NegatedRequestMatcher(PublicEndpoints.API));
        return http
                .authorizeHttpRequests(PublicEndpoints::authorize)
                .requestCache(cache -> cache.requestCache(pages))
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(SessionRoles::fromIdToken))
                        .authorizedClientRepository(authorizedClients))
                .oauth2Client(client -> client.authorizedClientRepository(authorizedClients))
                // A request without a session carries no credential a forged request could ride on: it needs no
                // CSRF token, and an API call without one gets 401 (not signed in), not 403 (API.md).
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(PublicEndpoints.ANONYMOUS_COMMANDS,
                        request -> request.getSession(false) == null))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(unauthorized, PublicEndpoints.API)
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION_ID),
                                request -> true)
                        .accessDeniedHandler(denied))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(identityLogout)
                        .deleteCookies("GATEWAYSESSION").invalidateHttpSession(true))
                .build();
    }

    /** The confidential client, with Identity's endpoints named here: starting needs no discovery call. */
    @Bean
    ClientRegistrationRepository clientRegistrations(GatewayProperties gateway, IdentityTokenProperties identity) {
        String issuer = stripSlash(identity.issuer());
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientId(gateway.clientId())
                .clientSecret(gateway.clientSecret())
                .clientName("EventualShop")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid")
                .issuerUri(issuer)
                .authorizationUri(issuer + "/oauth2/authorize")
                .tokenUri(issuer + "/oauth2/token")
                .jwkSetUri(identity.jwkSet().toString())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + "/connect/logout"))
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** The browser session's tokens live in its server-side HTTP session, and die with it at logout. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Gives routes and forwarded commands the session's access token, refreshed when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients) {
        DefaultOAuth2AuthorizedClientManager manager =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    private static String stripSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

}
