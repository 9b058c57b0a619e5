package dev.eventualshop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.servlet.MockMvc;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * The browser's path: a signed-in session (as {@code oauth2Login} leaves it: an OIDC principal and the session's
 * tokens kept server side), its CSRF token, its access token relayed to queries and identity-command, logout.
 */
class BrowserSessionIT extends GatewaySuite {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClientRegistrationRepository registrations;
    @Autowired
    OAuth2AuthorizedClientRepository authorizedClients;

    private final String user = UUID.randomUUID().toString();
    private final MockHttpSession session = new MockHttpSession();
    private OAuth2AuthenticationToken signedIn;
    private String accessToken;

    @BeforeEach
    void signIn() {
        IDENTITY.reset();
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken("id-token-of-" + user, now, now.plusSeconds(300),
                Map.of("sub", user, "iss", "http://identity.test", "aud", List.of("eventualshop")));
        DefaultOidcUser principal = new DefaultOidcUser(Set.of(new SimpleGrantedAuthority("ROLE_CUSTOMER")), idToken);
        signedIn = new OAuth2AuthenticationToken(principal, principal.getAuthorities(), "eventualshop");
        accessToken = "session-access-token-" + user;
        OAuth2AuthorizedClient client = new OAuth2AuthorizedClient(registrations.findByRegistrationId("eventualshop"),
                user, new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, now, now.plusSeconds(300)));
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        authorizedClients.saveAuthorizedClient(client, signedIn, request, new MockHttpServletResponse());
    }

    /**
     * What the SPA does: read the {@code XSRF-TOKEN} cookie the gateway set on an earlier response and send its
     * value back as {@code X-XSRF-TOKEN}.
     */
    private RequestPostProcessor spaCsrf() throws Exception {
        MvcResult page = mvc.perform(MockMvcRequestBuilders.get("/api/v1/auth/config").session(session)
                .with(authentication(signedIn))).andReturn();
        Cookie cookie = page.getResponse().getCookie("XSRF-TOKEN");
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isFalse();
        return request -> {
            request.setCookies(cookie);
            request.addHeader("X-XSRF-TOKEN", cookie.getValue());
            return request;
        };
    }

    @Test
    void a_session_command_needs_the_csrf_token_and_is_issued_by_the_signed_in_user() throws Exception {
        MvcResult refused = mvc.perform(MockMvcRequestBuilders.post("/api/v1/test/widgets").session(session).with(authentication(signedIn))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"gear\",\"quantity\":1}")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);

        CommandAcknowledgementIT.commandQueue();
        MvcResult accepted = mvc.perform(MockMvcRequestBuilders.post("/api/v1/test/widgets").session(session).with(authentication(signedIn))
                .with(spaCsrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"gear\",\"quantity\":1}")).andReturn();

        assertThat(accepted.getResponse().getStatus()).as(accepted.getResponse().getContentAsString()).isEqualTo(202);
        String commandId = JSON.readTree(accepted.getResponse().getContentAsString()).get("commandId").asString();
        JsonNode status = json(get("/api/v1/commands/" + commandId, TOKENS.valid(user, "CUSTOMER")));
        assertThat(status.get("status").asString()).isEqualTo("PENDING");
    }

    @Test
    void queries_carry_the_sessions_access_token_not_the_cookie() throws Exception {
        IDENTITY.answer(200, "{\"userId\":\"" + user + "\"}");

        MvcResult result = mvc.perform(MockMvcRequestBuilders.get("/api/v1/me").session(session).with(authentication(signedIn))).andReturn();

        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(IDENTITY.received()).singleElement().satisfies(forwarded ->
                assertThat(forwarded.header("Authorization")).isEqualTo("Bearer " + accessToken));
    }

    @Test
    void a_password_change_from_the_session_carries_the_sessions_access_token() throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.put("/api/v1/identity/password").session(session).with(authentication(signedIn))
                .with(spaCsrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"old secret\",\"newPassword\":\"new secret!\"}")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(202);
        assertThat(IDENTITY.received()).singleElement().satisfies(forwarded -> {
            assertThat(forwarded.header("Authorization")).isEqualTo("Bearer " + accessToken);
            assertThat(forwarded.header("X-Command-Id")).isNotBlank();
        });
    }

    @Test
    void logout_without_the_csrf_token_is_refused_and_keeps_the_session() throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/logout").session(session)
                .with(authentication(signedIn))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void logout_ends_the_session_and_sends_the_browser_to_identitys_logout() throws Exception {
        MvcResult result = mvc.perform(MockMvcRequestBuilders.post("/logout").session(session).with(authentication(signedIn))
                .with(spaCsrf())).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("http://identity.test/connect/logout?")
                .contains("id_token_hint=id-token-of-" + user).contains("post_logout_redirect_uri=");
        assertThat(session.isInvalid()).isTrue();
    }
}
