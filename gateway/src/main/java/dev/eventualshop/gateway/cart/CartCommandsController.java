package dev.eventualshop.gateway.cart;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.gateway.command.Acknowledgement;
import dev.eventualshop.gateway.command.CommandGateway;
import dev.eventualshop.gateway.command.OutgoingCommand;
import dev.eventualshop.gateway.command.PostalAddress;
import dev.eventualshop.gateway.security.Caller;
import dev.eventualshop.shoppingcart.ShoppingCartMessages;
import dev.eventualshop.shoppingcart.commands.CartCommand;
import jakarta.validation.Valid;
import java.util.List;
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
 * API.md's cart commands, for a CUSTOMER ({@code PublicEndpoints}). Every command carries the caller (the token's
 * {@code sub}) as issuer, so the cart rejects with NOT_FOUND whatever targets someone else's cart. No request
 * carries a price: shopping-cart-command prices an added item from its price list.
 */
@RestController
class CartCommandsController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String CART_RESOURCE = "cart";

    private final CommandGateway commands;

    CartCommandsController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/carts")
    ResponseEntity<Acknowledgement> create(@RequestBody(required = false) CartRequests.CreateCart request,
                                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                           Authentication authentication) {
        Caller caller = Caller.required(authentication);
        return commands.send(caller, key, commandId -> {
            UUID cartId = request != null && request.cartId() != null ? request.cartId()
                    : Ids.resourceId(commandId, CART_RESOURCE);
            return command("shoppingcart.CreateCart", new CartCommand.CreateCart(cartId, caller.userId()), cartId);
        }).response();
    }

    @PostMapping("/api/v1/carts/{cartId}/items")
    ResponseEntity<Acknowledgement> add(@PathVariable UUID cartId, @Valid @RequestBody CartRequests.AddItem request,
                                        @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                        Authentication authentication) {
        Caller caller = Caller.required(authentication);
        return commands.send(caller, key, commandId -> command("shoppingcart.AddItem", new CartCommand.AddItem(cartId,
                caller.userId(), request.productId(), request.quantity(), null, null, null), cartId)).response();
    }

    @PutMapping("/api/v1/carts/{cartId}/items/{productId}")
    ResponseEntity<Acknowledgement> changeQuantity(@PathVariable UUID cartId, @PathVariable UUID productId,
                                                   @Valid @RequestBody CartRequests.ChangeQuantity request,
                                                   @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                                   Authentication authentication) {
        Caller caller = Caller.required(authentication);
        return commands.send(caller, key, commandId -> command("shoppingcart.ChangeQuantity",
                new CartCommand.ChangeQuantity(cartId, caller.userId(), productId, request.quantity()), cartId))
                .response();
    }

    @DeleteMapping("/api/v1/carts/{cartId}/items/{productId}")
    ResponseEntity<Acknowledgement> remove(@PathVariable UUID cartId, @PathVariable UUID productId,
                                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                           Authentication authentication) {
        Caller caller = Caller.required(authentication);
        return commands.send(caller, key, commandId -> command("shoppingcart.RemoveItem",
                new CartCommand.RemoveItem(cartId, caller.userId(), productId), cartId)).response();
    }

    @PutMapping("/api/v1/carts/{cartId}/shipping-address")
    ResponseEntity<Acknowledgement> shippingAddress(@PathVariable UUID cartId,
                                                    @Valid @RequestBody PostalAddress request,
                                                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                                    Authentication authentication) {
        Caller caller = Caller.required(authentication);
        return commands.send(caller, key, commandId -> command("shoppingcart.SetShippingAddress",
                new CartCommand.SetShippingAddress(cartId, caller.userId(), request.street(), request.city(),
                        request.postalCode(), request.country()), cartId)).response();
    }

    @PutMapping("/api/v1/carts/{cartId}/payment-method")
    ResponseEntity<Acknowledgement> paymentMethod(@PathVariable UUID cartId,
                                                  @Valid @RequestBody CartRequests.PaymentMethod request,
                                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                                  Authentication authentication) {
        Caller caller = Caller.required(authentication);
        return commands.send(caller, key, commandId -> command("shoppingcart.SetPaymentMethod",
                new CartCommand.SetPaymentMethod(cartId, caller.userId(), request.token()), cartId)).response();
    }

    /**
     * Checks the cart out; the resource is the order it becomes ({@link Ids#orderId}). Prices and whether the
     * customer's email is confirmed are shopping-cart-command's to fill in: the command goes out without them.
     */
    @PostMapping("/api/v1/carts/{cartId}/checkout")
    ResponseEntity<Acknowledgement> checkout(@PathVariable UUID cartId,
                                             @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                             Authentication authentication) {
        Caller caller = Caller.required(authentication);
        return commands.send(caller, key, commandId -> command("shoppingcart.CheckOutCart",
                new CartCommand.CheckOutCart(cartId, caller.userId(), List.of(), false), Ids.orderId(cartId)))
                .response();
    }

    @DeleteMapping("/api/v1/carts/{cartId}")
    ResponseEntity<Acknowledgement> discard(@PathVariable UUID cartId,
                                            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                            Authentication authentication) {
        Caller caller = Caller.required(authentication);
        return commands.send(caller, key, commandId -> command("shoppingcart.DiscardCart",
                new CartCommand.DiscardCart(cartId, caller.userId()), cartId)).response();
    }

    private static OutgoingCommand command(String type, CartCommand payload, UUID resourceId) {
        return new OutgoingCommand(ShoppingCartMessages.CONTEXT, type, 1, payload, resourceId);
    }
}
