package dev.eventualshop.gateway.command;

import dev.eventualshop.gateway.security.Caller;
import dev.eventualshop.web.problem.Problems;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/commands/{commandId}}: a command's status, for its issuer only (anyone else: 404). */
@RestController
class CommandStatusController {

    private final CommandStatuses statuses;

    CommandStatusController(CommandStatuses statuses) {
        this.statuses = statuses;
    }

    @GetMapping("/api/v1/commands/{commandId}")
    ResponseEntity<?> status(@PathVariable UUID commandId, Authentication authentication) {
        Caller caller = Caller.required(authentication);
        return statuses.find(commandId, caller.userId())
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> Problems.response(Problems.of(HttpStatus.NOT_FOUND, "No such command.")));
    }
}
