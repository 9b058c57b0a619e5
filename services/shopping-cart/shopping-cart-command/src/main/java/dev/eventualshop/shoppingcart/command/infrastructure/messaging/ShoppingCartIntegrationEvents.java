package dev.eventualshop.shoppingcart.command.infrastructure.messaging;

import dev.eventualshop.messaging.relay.IntegrationEventMapper;
import dev.eventualshop.shoppingcart.internal.CartEvent;
import dev.eventualshop.shoppingcart.v1.ShoppingCartIntegrationEvent;
import java.util.List;

/**
 * Shopping Cart's public events: a checkout, which Order turns into an order. Filling a cart is the cart's own
 * business and published to no one.
 */
public final class ShoppingCartIntegrationEvents implements IntegrationEventMapper {

    @Override
    public List<Object> map(Object domainEvent) {
        if (!(domainEvent instanceof CartEvent.CartCheckedOut checkedOut)) {
            return List.of();
        }
        return List.of(new ShoppingCartIntegrationEvent.CartCheckedOut(checkedOut.cartId(), checkedOut.orderId(),
                checkedOut.customerId(), checkedOut.lines().stream()
                        .map(line -> new ShoppingCartIntegrationEvent.Line(line.productId(), line.sku(), line.name(),
                                line.unitPrice(), line.quantity(), line.lineTotal()))
                        .toList(),
                checkedOut.total(), new ShoppingCartIntegrationEvent.ShippingAddress(checkedOut.street(),
                        checkedOut.city(), checkedOut.postalCode(), checkedOut.country()),
                checkedOut.paymentToken()));
    }
}
