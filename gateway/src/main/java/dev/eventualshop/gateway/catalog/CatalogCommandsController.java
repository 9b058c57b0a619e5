package dev.eventualshop.gateway.catalog;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.catalog.commands.CatalogCommand;
import dev.eventualshop.contracts.Ids;
import dev.eventualshop.gateway.command.Acknowledgement;
import dev.eventualshop.gateway.command.CommandGateway;
import dev.eventualshop.gateway.command.OutgoingCommand;
import dev.eventualshop.gateway.security.Caller;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * API.md's catalog commands, for an ADMIN only ({@code PublicEndpoints}). A new item's id is derived from the
 * command id ({@code Ids.resourceId(commandId, "item")}, the 202's {@code resourceId}), so a retried request with
 * the same Idempotency-Key names the same item. Shape errors are 400 here; state (a taken SKU, an unknown item,
 * another currency) is Catalog's to decide.
 */
@RestController
class CatalogCommandsController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String ITEM_RESOURCE = "item";

    private final CommandGateway commands;

    CatalogCommandsController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/catalog/items")
    ResponseEntity<Acknowledgement> create(@Valid @RequestBody CatalogRequests.CreateItem request,
                                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                           Authentication authentication) {
        return commands.send(Caller.required(authentication), key, commandId -> {
            UUID itemId = Ids.resourceId(commandId, ITEM_RESOURCE);
            return command("catalog.CreateItem", new CatalogCommand.CreateItem(itemId, request.sku(), request.name(),
                    request.description(), request.price().money(), request.imageUrl()), itemId);
        }).response();
    }

    @PutMapping("/api/v1/catalog/items/{itemId}")
    ResponseEntity<Acknowledgement> changeDetails(@PathVariable UUID itemId,
                                                  @Valid @RequestBody CatalogRequests.ChangeItemDetails request,
                                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                                  Authentication authentication) {
        return commands.send(Caller.required(authentication), key, commandId -> command("catalog.ChangeItemDetails",
                new CatalogCommand.ChangeItemDetails(itemId, request.name(), request.description(), request.imageUrl()),
                itemId)).response();
    }

    @PutMapping("/api/v1/catalog/items/{itemId}/price")
    ResponseEntity<Acknowledgement> changePrice(@PathVariable UUID itemId, @Valid @RequestBody CatalogRequests.Price price,
                                                @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                                Authentication authentication) {
        return commands.send(Caller.required(authentication), key, commandId -> command("catalog.ChangeItemPrice",
                new CatalogCommand.ChangeItemPrice(itemId, price.money()), itemId)).response();
    }

    @PostMapping("/api/v1/catalog/items/{itemId}/activate")
    ResponseEntity<Acknowledgement> activate(@PathVariable UUID itemId,
                                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                             Authentication authentication) {
        return commands.send(Caller.required(authentication), key, commandId -> command("catalog.ActivateItem",
                new CatalogCommand.ActivateItem(itemId), itemId)).response();
    }

    @PostMapping("/api/v1/catalog/items/{itemId}/deactivate")
    ResponseEntity<Acknowledgement> deactivate(@PathVariable UUID itemId,
                                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                               Authentication authentication) {
        return commands.send(Caller.required(authentication), key, commandId -> command("catalog.DeactivateItem",
                new CatalogCommand.DeactivateItem(itemId), itemId)).response();
    }

    private static OutgoingCommand command(String type, CatalogCommand payload, UUID resourceId) {
        return new OutgoingCommand(CatalogMessages.CONTEXT, type, 1, payload, resourceId);
    }
}
