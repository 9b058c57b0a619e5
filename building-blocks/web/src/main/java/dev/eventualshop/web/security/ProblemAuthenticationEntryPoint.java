package dev.eventualshop.web.security;

import dev.eventualshop.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 as a problem detail, for a request without a valid token or session: never a redirect to a login page,
 * and never why the token was refused (expired, wrong key, wrong audience look alike to the client).
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final JsonMapper mapper;

    public ProblemAuthenticationEntryPoint(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        Problems.write(response, Problems.of(HttpStatus.UNAUTHORIZED, "Sign in, or send a valid bearer token."),
                mapper);
    }
}
