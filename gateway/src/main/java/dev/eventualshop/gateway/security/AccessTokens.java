package dev.eventualshop.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The access token to send on the caller's behalf: the bearer token they sent, or for a browser session the
 * session's own (refreshed when it has expired).
 */
@Component
public class AccessTokens {

    private final OAuth2AuthorizedClientManager clients;

    AccessTokens(OAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    public Optional<String> of(Caller caller, HttpServletRequest request, HttpServletResponse response) {
        if (caller.authentication() instanceof JwtAuthenticationToken jwt) {
            return Optional.of(jwt.getToken().getTokenValue());
        }
        if (caller.authentication() instanceof OAuth2AuthenticationToken session) {
            OAuth2AuthorizedClient client = clients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(session.getAuthorizedClientRegistrationId())
                    .principal(session)
                    .attribute(HttpServletRequest.class.getName(), request)
                    .attribute(HttpServletResponse.class.getName(), response)
                    .build());
            return Optional.ofNullable(client).map(authorized -> authorized.getAccessToken().getTokenValue());
        }
        return Optional.empty();
    }
}
