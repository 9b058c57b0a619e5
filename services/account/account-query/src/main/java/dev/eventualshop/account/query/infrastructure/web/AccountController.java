package dev.eventualshop.account.query.infrastructure.web;

import dev.eventualshop.account.query.application.AccountQueries;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's own account. Who that is comes from the token's {@code sub} and nowhere else (no parameter
 * names an account); until the read model has it (just after registration) the answer is 404. The {@code ETag}
 * is the version of the account's stream, so a client can revalidate with {@code If-None-Match}.
 */
@RestController
class AccountController {

    private final AccountQueries accounts;

    AccountController(AccountQueries accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/account")
    ResponseEntity<?> account(@AuthenticationPrincipal Jwt token) {
        return accounts.own(token.getSubject())
                .<ResponseEntity<?>>map(found -> ResponseEntity.ok()
                        .eTag("\"" + found.version() + "\"")
                        .body(found.account()))
                .orElseGet(() -> ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                        "Your account is not readable yet; it appears shortly after registration.")).build());
    }
}
