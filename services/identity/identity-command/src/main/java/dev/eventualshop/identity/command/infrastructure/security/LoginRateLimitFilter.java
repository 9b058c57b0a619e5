package dev.eventualshop.identity.command.infrastructure.security;

import dev.eventualshop.web.RateLimiter;
import dev.eventualshop.web.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits sign-in attempts ({@code POST /login}) per client IP and user name in any minute (a sliding log,
 * {@link RateLimiter}); over the limit the answer is 429 problem+json, before any password is checked.
 */
public final class LoginRateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginRateLimitFilter.class);

    private final RateLimiter limiter;
    private final JsonMapper mapper;

    public LoginRateLimitFilter(RateLimiter limiter, JsonMapper mapper) {
        this.limiter = limiter;
        this.mapper = mapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String key = request.getRemoteAddr() + "|" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
        if (!limiter.tryAcquire(key)) {
            log.info("Sign-in attempts from {} over the limit; answering 429", request.getRemoteAddr());
            response.setHeader("Retry-After", "60");
            Problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many sign-in attempts; wait a minute and try again."), mapper);
            return;
        }
        chain.doFilter(request, response);
    }
}
