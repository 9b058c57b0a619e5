package dev.eventualshop.web.security;

import dev.eventualshop.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/** 403 as a problem detail: a missing role, or a browser request without its CSRF token. */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final JsonMapper mapper;

    public ProblemAccessDeniedHandler(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String detail = denied instanceof CsrfException
                ? "The request lacks a valid CSRF token (send the XSRF-TOKEN cookie's value as X-XSRF-TOKEN)."
                : "You lack the role this request needs.";
        Problems.write(response, Problems.of(HttpStatus.FORBIDDEN, detail), mapper);
    }
}
