package dev.eventualshop.order.command.infrastructure;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.eventstore.pipeline.Aggregate;
import dev.eventualshop.messaging.command.Reaction;
import dev.eventualshop.order.OrderLine;
import dev.eventualshop.order.OrderMessages;
import dev.eventualshop.order.ShippingAddress;
import dev.eventualshop.order.command.domain.Order;
import dev.eventualshop.order.command.domain.OrderDecider;
import dev.eventualshop.order.commands.OrderCommand;
import dev.eventualshop.order.internal.OrderEvent;
import dev.eventualshop.shoppingcart.ShoppingCartMessages;
import dev.eventualshop.shoppingcart.v1.ShoppingCartIntegrationEvent;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Order's wiring: the order aggregate (stream id = order id = {@code Ids.orderId} of the cart), the message types
 * it reads and writes, and the reaction that places an order for each checkout. Shopping Cart's integration events
 * arrive on {@code shoppingcart.events} (queue {@code order-command.shoppingcart.events}), bound by the messaging
 * building block; nothing outside the context sends Order a command yet.
 */
@Configuration(proxyBeanMethods = false)
public class OrderCommandConfiguration {

    /** The reaction's name: part of the id of every command it sends, so never rename it. */
    public static final String PLACE_ORDER_REACTION = "order-places-on-cart-checked-out";

    @Bean
    MessageTypes messageTypes() {
        return MessageTypes.merge(OrderMessages.commands(), OrderMessages.domainEvents(),
                ShoppingCartMessages.integrationEvents());
    }

    @Bean
    Aggregate<OrderCommand, Order, OrderEvent> orders() {
        return Aggregate.builder(OrderMessages.ORDER_STREAM, OrderCommand.class, new OrderDecider())
                .streamId(OrderCommand::orderId)
                .build();
    }

    /**
     * Each checkout becomes the order it names. A redelivered checkout sends the same command id (derived from the
     * message id and this reaction's name), which the pipeline executes once; the order's time is when Order took
     * the checkout.
     */
    @Bean
    Reaction<ShoppingCartIntegrationEvent.CartCheckedOut> placeOrderOnCheckout(Clock clock) {
        return new Reaction<>(PLACE_ORDER_REACTION, ShoppingCartMessages.CONTEXT,
                ShoppingCartIntegrationEvent.CartCheckedOut.class,
                checkedOut -> new OrderCommand.PlaceOrder(checkedOut.orderId(), checkedOut.cartId(),
                        checkedOut.customerId(), checkedOut.lines().stream()
                                .map(line -> new OrderLine(line.productId(), line.sku(), line.name(),
                                        line.unitPrice(), line.quantity(), line.lineTotal()))
                                .toList(),
                        checkedOut.total(), address(checkedOut.shippingAddress()), checkedOut.paymentToken(),
                        clock.instant()));
    }

    private static ShippingAddress address(ShoppingCartIntegrationEvent.ShippingAddress address) {
        return address == null ? null
                : new ShippingAddress(address.street(), address.city(), address.postalCode(), address.country());
    }
}
