package dev.eventualshop.shoppingcart;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.shoppingcart.commands.CartCommand;
import dev.eventualshop.shoppingcart.internal.CartEvent;
import dev.eventualshop.shoppingcart.v1.ShoppingCartIntegrationEvent;

/**
 * Shopping Cart's message type names. A cart's stream is {@link #CART_STREAM}{@code /<cartId>}. Commands go to
 * {@code shoppingcart.commands} with their type name as routing key.
 */
public final class ShoppingCartMessages {

    public static final String CONTEXT = "shoppingcart";
    public static final String CART_STREAM = "shoppingcart.Cart";

    private ShoppingCartMessages() {
    }

    /**
     * Shopping Cart's commands: the gateway publishes them, stamped with the caller as issuer, but for
     * {@code CreateCartFromOrder}, which Order sends on the customer's behalf.
     */
    public static MessageTypes commands() {
        return MessageTypes.builder()
                .register("shoppingcart.CreateCart", CartCommand.CreateCart.class)
                .register("shoppingcart.AddItem", CartCommand.AddItem.class)
                .register("shoppingcart.ChangeQuantity", CartCommand.ChangeQuantity.class)
                .register("shoppingcart.RemoveItem", CartCommand.RemoveItem.class)
                .register("shoppingcart.SetShippingAddress", CartCommand.SetShippingAddress.class)
                .register("shoppingcart.SetPaymentMethod", CartCommand.SetPaymentMethod.class)
                .register("shoppingcart.CheckOutCart", CartCommand.CheckOutCart.class)
                .register("shoppingcart.DiscardCart", CartCommand.DiscardCart.class)
                .register("shoppingcart.CreateCartFromOrder", CartCommand.CreateCartFromOrder.class)
                .build();
    }

    /** Shopping Cart's domain events, for shopping-cart-command and shopping-cart-query only. */
    public static MessageTypes domainEvents() {
        return MessageTypes.builder()
                .register("shoppingcart.CartCreated", CartEvent.CartCreated.class)
                .register("shoppingcart.ItemAdded", CartEvent.ItemAdded.class)
                .register("shoppingcart.ItemQuantityChanged", CartEvent.ItemQuantityChanged.class)
                .register("shoppingcart.ItemRemoved", CartEvent.ItemRemoved.class)
                .register("shoppingcart.ShippingAddressSet", CartEvent.ShippingAddressSet.class)
                .register("shoppingcart.PaymentMethodSet", CartEvent.PaymentMethodSet.class)
                .register("shoppingcart.CartCheckedOut", CartEvent.CartCheckedOut.class)
                .register("shoppingcart.CartDiscarded", CartEvent.CartDiscarded.class)
                .build();
    }

    /** Shopping Cart's integration events, for every context (Order places an order from a checkout). */
    public static MessageTypes integrationEvents() {
        return MessageTypes.builder()
                .register("shoppingcart.v1.CartCheckedOut", ShoppingCartIntegrationEvent.CartCheckedOut.class)
                .build();
    }
}
