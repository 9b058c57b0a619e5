package dev.eventualshop.gateway.order;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.gateway.command.Acknowledgement;
import dev.eventualshop.gateway.command.CommandGateway;
import dev.eventualshop.gateway.command.OutgoingCommand;
import dev.eventualshop.gateway.security.Caller;
import dev.eventualshop.order.OrderMessages;
import dev.eventualshop.order.commands.OrderCommand;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md's order commands: cancel and reorder for the order's customer, ship for an ADMIN ({@code PublicEndpoints}).
 * Every command carries the caller as issuer, so the order rejects another user's with NOT_FOUND; none has a body.
 * The time a command carries is the gateway's clock, never a client's.
 */
@RestController
class OrderCommandsController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The resource kind of a cart, as the cart commands derive a new cart's id from the command id. */
    private static final String CART_RESOURCE = "cart";

    private final CommandGateway commands;
    private final Clock clock;

    OrderCommandsController(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/v1/orders/{orderId}/cancel")
    ResponseEntity<Acknowledgement> cancel(@PathVariable UUID orderId,
                                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                           Authentication authentication) {
        Caller caller = Caller.required(authentication);
        return commands.send(caller, key, commandId -> command("order.CancelOrder",
                new OrderCommand.CancelOrder(orderId, caller.userId(), clock.instant()), orderId)).response();
    }

    /** Buys the order's lines again; the resource is the new cart, whose id derives from the command id. */
    @PostMapping("/api/v1/orders/{orderId}/reorder")
    ResponseEntity<Acknowledgement> reorder(@PathVariable UUID orderId,
                                            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                            Authentication authentication) {
        Caller caller = Caller.required(authentication);
        return commands.send(caller, key, commandId -> {
            UUID cartId = Ids.resourceId(commandId, CART_RESOURCE);
            return command("order.Reorder", new OrderCommand.Reorder(orderId, caller.userId(), cartId,
                    clock.instant()), cartId);
        }).response();
    }

    @PostMapping("/api/v1/orders/{orderId}/ship")
    ResponseEntity<Acknowledgement> ship(@PathVariable UUID orderId,
                                         @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                         Authentication authentication) {
        Caller caller = Caller.required(authentication);
        return commands.send(caller, key, commandId -> command("order.ShipOrder",
                new OrderCommand.ShipOrder(orderId, caller.userId(), clock.instant()), orderId)).response();
    }

    private static OutgoingCommand command(String type, OrderCommand payload, UUID resourceId) {
        return new OutgoingCommand(OrderMessages.CONTEXT, type, 1, payload, resourceId);
    }
}
