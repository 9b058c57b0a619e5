package dev.eventualshop.gateway;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.gateway.command.Acknowledgement;
import dev.eventualshop.gateway.command.CommandGateway;
import dev.eventualshop.gateway.command.OutgoingCommand;
import dev.eventualshop.gateway.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A command endpoint as a context's controller will be, for the suites: until the contexts exist, it exercises
 * the command path (validation, stamping, confirms, status) through HTTP and the security chains. The
 * controller is found by the application's component scan (it lives in the gateway's package).
 */
@TestConfiguration(proxyBeanMethods = false)
class TestCommands {

    static final String CONTEXT = "testshop";
    static final String TYPE = "testshop.CreateWidget";

    record CreateWidget(@NotBlank String name, @Min(1) @Max(99) int quantity) {
    }

    record WidgetCommand(java.util.UUID widgetId, String name, int quantity) {
    }

    @RestController
    static class WidgetController {
        private final CommandGateway commands;

        WidgetController(CommandGateway commands) {
            this.commands = commands;
        }

        /** A command on the path of a routed query, as {@code DELETE /api/v1/carts/{id}} beside its GET. */
        @DeleteMapping("/api/v1/me")
        ResponseEntity<Void> forgetMe() {
            return ResponseEntity.accepted().build();
        }

        @PostMapping("/api/v1/test/widgets")
        ResponseEntity<Acknowledgement> create(@Valid @RequestBody CreateWidget request,
                                               @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                               Authentication authentication) {
            return commands.send(Caller.required(authentication), key, commandId -> {
                java.util.UUID widgetId = Ids.resourceId(commandId, "widget");
                return new OutgoingCommand(CONTEXT, TYPE, 1,
                        new WidgetCommand(widgetId, request.name(), request.quantity()), widgetId);
            }).response();
        }
    }
}
