package dev.eventualshop.identity.command.infrastructure.web;

import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.identity.command.application.UserAccounts;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The internal API the gateway forwards Identity's secret-carrying commands to. Each answers 202 with the
 * command id once the pipeline has recorded the command; its outcome reaches the gateway through the relay
 * on {@code commands.outcomes}, like every command's. Who changes a password comes from the bearer token's
 * {@code sub}, never from the body.
 */
@RestController
@RequestMapping("/internal/identity")
class IdentityController {

    static final String COMMAND_ID = "X-Command-Id";

    private final UserAccounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    IdentityController(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.ACCEPTED)
    IdentityRequests.Accepted register(@RequestHeader(COMMAND_ID) UUID commandId,
                                       @Valid @RequestBody IdentityRequests.Register body) {
        accounts.register(commandId, body.email(), body.password(), body.firstName(), body.lastName());
        return new IdentityRequests.Accepted(commandId);
    }

    @PostMapping("/users/{userId}/email-confirmation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    IdentityRequests.Accepted confirmEmail(@PathVariable UUID userId,
                                           @RequestHeader(value = COMMAND_ID, required = false) UUID commandId,
                                           @Valid @RequestBody IdentityRequests.ConfirmEmail body) {
        UUID id = orNew(commandId);
        accounts.confirmEmail(id, userId, body.token());
        return new IdentityRequests.Accepted(id);
    }

    @PostMapping("/email-confirmation-requests")
    @ResponseStatus(HttpStatus.ACCEPTED)
    IdentityRequests.Accepted requestConfirmation(@RequestHeader(value = COMMAND_ID, required = false) UUID commandId,
                                                  @Valid @RequestBody IdentityRequests.RequestConfirmation body) {
        UUID id = orNew(commandId);
        accounts.requestConfirmation(id, body.email());
        return new IdentityRequests.Accepted(id);
    }

    @PutMapping("/password")
    @ResponseStatus(HttpStatus.ACCEPTED)
    IdentityRequests.Accepted changePassword(@AuthenticationPrincipal Jwt caller,
                                             @RequestHeader(COMMAND_ID) UUID commandId,
                                             @Valid @RequestBody IdentityRequests.ChangePassword body) {
        accounts.changePassword(commandId, UUID.fromString(caller.getSubject()), body.currentPassword(),
                body.newPassword());
        return new IdentityRequests.Accepted(commandId);
    }

    private UUID orNew(UUID commandId) {
        return commandId != null ? commandId : Uuids.v7(clock.instant(), random);
    }
}
