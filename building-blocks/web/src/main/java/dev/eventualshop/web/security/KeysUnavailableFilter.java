package dev.eventualshop.web.security;

import dev.eventualshop.web.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * 503 problem+json with {@code Retry-After} instead of a bare 500 when a token could not be checked for a reason
 * of the server's own, such as Identity's JWK set being unreachable: the token may well be valid, so this is no
 * 401. A bad token never gets here (Spring Security answers it 401); this filter wraps Spring Security's, which
 * rethrows an {@link AuthenticationServiceException}.
 */
public class KeysUnavailableFilter extends OncePerRequestFilter {

    /** Seconds a client waits before trying again. */
    public static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(KeysUnavailableFilter.class);

    private final JsonMapper mapper;

    public KeysUnavailableFilter(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (AuthenticationServiceException unavailable) {
            log.warn("A bearer token could not be checked: {}", unavailable.getMessage());
            if (response.isCommitted()) {
                throw unavailable;
            }
            response.reset();
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            Problems.write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                    "Tokens cannot be checked right now; try again shortly."), mapper);
        }
    }
}
