package dev.eventualshop.gateway.warehouse;

import dev.eventualshop.gateway.command.Acknowledgement;
import dev.eventualshop.gateway.command.CommandGateway;
import dev.eventualshop.gateway.command.OutgoingCommand;
import dev.eventualshop.gateway.security.Caller;
import dev.eventualshop.warehouse.WarehouseMessages;
import dev.eventualshop.warehouse.commands.StockCommand;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md's stock commands, for an ADMIN only ({@code PublicEndpoints}). A product's stock opens when Catalog lists
 * it; a receipt or adjustment for a product Warehouse does not know is REJECTED(UNKNOWN_PRODUCT) there.
 */
@RestController
class WarehouseCommandsController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CommandGateway commands;

    WarehouseCommandsController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/warehouse/stock/{productId}/receipts")
    ResponseEntity<Acknowledgement> receive(@PathVariable UUID productId,
                                            @Valid @RequestBody WarehouseRequests.Receipt request,
                                            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                            Authentication authentication) {
        return commands.send(Caller.required(authentication), key, commandId -> command("warehouse.ReceiveStock",
                new StockCommand.ReceiveStock(productId, request.quantity()), productId)).response();
    }

    @PostMapping("/api/v1/warehouse/stock/{productId}/adjustments")
    ResponseEntity<Acknowledgement> adjust(@PathVariable UUID productId,
                                           @Valid @RequestBody WarehouseRequests.Adjustment request,
                                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                           Authentication authentication) {
        return commands.send(Caller.required(authentication), key, commandId -> command("warehouse.AdjustStock",
                new StockCommand.AdjustStock(productId, request.delta(), request.reason()), productId)).response();
    }

    private static OutgoingCommand command(String type, StockCommand payload, UUID resourceId) {
        return new OutgoingCommand(WarehouseMessages.CONTEXT, type, 1, payload, resourceId);
    }
}
