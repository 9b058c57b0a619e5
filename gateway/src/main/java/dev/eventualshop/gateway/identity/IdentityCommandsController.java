package dev.eventualshop.gateway.identity;

import dev.eventualshop.gateway.command.Acknowledgement;
import dev.eventualshop.gateway.command.CommandGateway;
import dev.eventualshop.gateway.command.HandOverFailedException;
import dev.eventualshop.gateway.security.AccessTokens;
import dev.eventualshop.gateway.security.Caller;
import dev.eventualshop.web.RateLimiter;
import dev.eventualshop.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Identity's commands. They carry secrets (a password, a confirmation token), so they never touch the broker:
 * after the same shape checks as any command they are forwarded over internal HTTP to identity-command, into
 * the same pipeline. The three a caller without an account sends answer a bare 202 (there is no one to show a
 * status to); changing a password answers like any command and is tracked for its issuer.
 */
@RestController
class IdentityCommandsController {

    static final String CHANGE_PASSWORD = "identity.ChangePassword";

    private final IdentityCommandClient identity;
    private final CommandGateway commands;
    private final RateLimiter registrations;
    private final AccessTokens tokens;

    IdentityCommandsController(IdentityCommandClient identity, CommandGateway commands,
                               RateLimiter registrations, AccessTokens tokens) {
        this.identity = identity;
        this.commands = commands;
        this.registrations = registrations;
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/identity/users")
    ResponseEntity<?> register(@Valid @RequestBody IdentityRequests.Register request, HttpServletRequest http) {
        if (!registrations.tryAcquire(http.getRemoteAddr())) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, registrations.retryAfter(http.getRemoteAddr()).toSeconds())));
            return Problems.response(Problems.of(HttpStatus.TOO_MANY_REQUESTS,
                    "Too many registrations from this address; try again in a minute."), headers);
        }
        return anonymous(HttpMethod.POST, "/internal/identity/users", request);
    }

    @PostMapping("/api/v1/identity/users/{userId}/email-confirmation")
    ResponseEntity<?> confirmEmail(@PathVariable UUID userId, @Valid @RequestBody IdentityRequests.ConfirmEmail request) {
        return anonymous(HttpMethod.POST, "/internal/identity/users/" + userId + "/email-confirmation", request);
    }

    @PostMapping("/api/v1/identity/email-confirmation-requests")
    ResponseEntity<?> requestConfirmation(@Valid @RequestBody IdentityRequests.RequestConfirmation request) {
        return anonymous(HttpMethod.POST, "/internal/identity/email-confirmation-requests", request);
    }

    @PutMapping("/api/v1/identity/password")
    ResponseEntity<?> changePassword(@Valid @RequestBody IdentityRequests.ChangePassword request,
                                     @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                     Authentication authentication, HttpServletRequest http,
                                     HttpServletResponse response) {
        Caller caller = Caller.required(authentication);
        UUID commandId = commands.commandId(caller.userId(), idempotencyKey);
        Optional<Acknowledgement> earlier = commands.earlier(caller, commandId);
        if (earlier.isPresent()) {
            return earlier.get().response();
        }
        String token = tokens.of(caller, http, response).orElse(null);
        IdentityCommandClient.Answer answer =
                identity.send(HttpMethod.PUT, "/internal/identity/password", request, commandId, token);
        if (!answer.accepted()) {
            return refused(answer);
        }
        return commands.accepted(caller, commandId, CHANGE_PASSWORD, null).response();
    }

    private ResponseEntity<?> anonymous(HttpMethod method, String path, Object request) {
        IdentityCommandClient.Answer answer = identity.send(method, path, request, commands.fresh(), null);
        if (!answer.accepted()) {
            return refused(answer);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).build();
    }

    /**
     * identity-command refused the command: its 4xx problem goes back as it is (it knows the rules the gateway
     * does not check); anything else is the gateway's 503.
     */
    private static ResponseEntity<?> refused(IdentityCommandClient.Answer answer) {
        if (answer.status().is4xxClientError() && answer.status().value() != 404) {
            return ResponseEntity.status(answer.status()).headers(answer.problemHeaders()).body(answer.body());
        }
        throw new HandOverFailedException(
                "identity-command answered " + answer.status().value(), null);
    }
}
