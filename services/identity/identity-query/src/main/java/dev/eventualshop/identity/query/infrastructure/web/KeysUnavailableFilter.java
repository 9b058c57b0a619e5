package dev.eventualshop.identity.query.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 problem+json instead of a bare 500 when a token could not be checked for a reason of the
 * server's own, such as Identity's JWK set being unreachable. A bad token is never one: it gets 401.
 */
final class KeysUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(KeysUnavailableFilter.class);

    private final ProblemResponses problems;

    KeysUnavailableFilter(ProblemResponses problems) {
        this.problems = problems;
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
            problems.keysUnavailable(request, response);
        }
    }
}
