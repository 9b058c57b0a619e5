package dev.eventualshop.gateway.account;

import dev.eventualshop.account.AccountMessages;
import dev.eventualshop.account.commands.AccountCommand;
import dev.eventualshop.contracts.Ids;
import dev.eventualshop.gateway.command.Acknowledgement;
import dev.eventualshop.gateway.command.CommandGateway;
import dev.eventualshop.gateway.command.OutgoingCommand;
import dev.eventualshop.gateway.command.PostalAddress;
import dev.eventualshop.gateway.security.Caller;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md's account commands. The account is the caller's own (account id = the token's {@code sub}); the
 * command carries that id and the caller as issuer, so Account rejects with NOT_FOUND whatever targets
 * someone else's address. Shape errors are 400 here; state (an unknown address) is Account's to decide.
 */
@RestController
class AccountCommandsController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CommandGateway commands;

    AccountCommandsController(CommandGateway commands) {
        this.commands = commands;
    }

    @PutMapping("/api/v1/account/profile")
    ResponseEntity<Acknowledgement> changeProfile(@Valid @RequestBody AccountRequests.ChangeProfile request,
                                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                                  Authentication authentication) {
        Caller caller = Caller.required(authentication);
        UUID accountId = UUID.fromString(caller.userId());
        return commands.send(caller, key, commandId -> command("account.ChangeProfile",
                new AccountCommand.ChangeProfile(accountId, caller.userId(), request.firstName(), request.lastName()),
                accountId)).response();
    }

    @PostMapping("/api/v1/account/addresses")
    ResponseEntity<Acknowledgement> addAddress(@Valid @RequestBody PostalAddress request,
                                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                               Authentication authentication) {
        Caller caller = Caller.required(authentication);
        UUID accountId = UUID.fromString(caller.userId());
        return commands.send(caller, key, commandId -> {
            UUID addressId = Ids.resourceId(commandId, "address");
            return command("account.AddAddress", new AccountCommand.AddAddress(accountId, caller.userId(), addressId,
                    request.street(), request.city(), request.postalCode(), request.country()), addressId);
        }).response();
    }

    @DeleteMapping("/api/v1/account/addresses/{addressId}")
    ResponseEntity<Acknowledgement> deleteAddress(@PathVariable UUID addressId,
                                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                                  Authentication authentication) {
        Caller caller = Caller.required(authentication);
        UUID accountId = UUID.fromString(caller.userId());
        return commands.send(caller, key, commandId -> command("account.DeleteAddress",
                new AccountCommand.DeleteAddress(accountId, caller.userId(), addressId), addressId)).response();
    }

    private static OutgoingCommand command(String type, AccountCommand payload, UUID resourceId) {
        return new OutgoingCommand(AccountMessages.CONTEXT, type, 1, payload, resourceId);
    }
}
