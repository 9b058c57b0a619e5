package dev.eventualshop.identity.query.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security filters' refusals as RFC 9457 problem details: 401 for a missing or invalid token, 403 for a
 * missing role, 503 when Identity's keys cannot be read; never a redirect. The {@code WWW-Authenticate} header
 * stays as RFC 6750 has it.
 */
final class ProblemResponses {

    private final JsonMapper json;
    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, failure) -> {
            bearerEntryPoint.commence(request, response, failure);
            write(request, response, HttpStatus.UNAUTHORIZED, detailOf(failure));
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, denied) -> {
            bearerAccessDenied.handle(request, response, denied);
            write(request, response, HttpStatus.FORBIDDEN, "Your token does not grant access to this resource.");
        };
    }

    /**
     * Identity's keys could not be read (Identity down or slow): the token may well be valid, so this is no
     * 401 but a 503 the client may retry.
     */
    void keysUnavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, ProblemDetailsAdvice.RETRY_AFTER_SECONDS);
        write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                "Tokens cannot be checked right now; try again shortly.");
    }

    private static String detailOf(AuthenticationException failure) {
        return failure instanceof OAuth2AuthenticationException
                ? "The bearer token is not valid: sign in again."
                : "Sign in: this resource needs a bearer token.";
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(),
                new Problem("about:blank", status.getReasonPhrase(), status.value(), detail, request.getRequestURI()));
    }

    /** The RFC 9457 members this service sets. */
    record Problem(String type, String title, int status, String detail, String instance) {
    }
}
