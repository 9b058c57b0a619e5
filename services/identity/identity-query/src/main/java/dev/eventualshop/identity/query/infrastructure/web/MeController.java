package dev.eventualshop.identity.query.infrastructure.web;

import dev.eventualshop.identity.query.application.UserQueries;
import dev.eventualshop.web.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's own account. Who that is comes from the token's {@code sub} and nowhere else; until the
 * read model has the user (just after registration, say) the answer is 404. The {@code ETag} is the version of
 * the user's stream the view was folded to, so a client can revalidate with {@code If-None-Match}.
 */
@RestController
class MeController {

    private final UserQueries users;

    MeController(UserQueries users) {
        this.users = users;
    }

    @GetMapping("/api/v1/me")
    ResponseEntity<?> me(@AuthenticationPrincipal Jwt token) {
        return users.own(token.getSubject())
                .<ResponseEntity<?>>map(found -> ResponseEntity.ok()
                        .eTag("\"" + found.version() + "\"")
                        .body(Me.of(found.user())))
                .orElseGet(() -> Problems.response(Problems.of(HttpStatus.NOT_FOUND,
                        "Your account is not readable yet; it appears shortly after registration.")));
    }
}
