package dev.eventualshop.order.command.infrastructure;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.eventstore.pipeline.Aggregate;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.command.OutcomeReaction;
import dev.eventualshop.messaging.command.Reaction;
import dev.eventualshop.messaging.relay.IntegrationEventMapper;
import dev.eventualshop.order.OrderLine;
import dev.eventualshop.order.OrderMessages;
import dev.eventualshop.order.ShippingAddress;
import dev.eventualshop.order.command.domain.Order;
import dev.eventualshop.order.command.domain.OrderDecider;
import dev.eventualshop.order.command.domain.OrderPolicy;
import dev.eventualshop.order.command.domain.OrderSaga;
import dev.eventualshop.order.command.infrastructure.messaging.OrderIntegrationEvents;
import dev.eventualshop.order.commands.OrderCommand;
import dev.eventualshop.order.internal.OrderEvent;
import dev.eventualshop.payment.PaymentMessages;
import dev.eventualshop.payment.v1.PaymentIntegrationEvent;
import dev.eventualshop.shoppingcart.ShoppingCartMessages;
import dev.eventualshop.shoppingcart.v1.ShoppingCartIntegrationEvent;
import dev.eventualshop.warehouse.WarehouseMessages;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Order's wiring: the order aggregate (stream id = order id = {@code Ids.orderId} of the cart) with the saga's
 * outgoing commands and deadlines, the message types it reads and writes, and its reactions: to Shopping Cart's
 * checkouts (place the order), to the outcomes of its reservation requests (Warehouse's reply) and to Payment's
 * events. The customer's and the operator's commands arrive on {@code order.commands} (queue
 * {@code order-command.order.commands}); the others are internal.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrderProperties.class)
public class OrderCommandConfiguration {

    /** The reactions' names: part of the id of every command they send, so never rename them. */
    public static final String PLACE_ORDER_REACTION = "order-places-on-cart-checked-out";
    public static final String STOCK_REPLY_REACTION = "order-records-stock-reservation-outcome";
    public static final String PAYMENT_REACTION = "order-records-payment-event";

    @Bean
    MessageTypes messageTypes() {
        return MessageTypes.merge(OrderMessages.commands(), OrderMessages.domainEvents(),
                OrderMessages.integrationEvents(), ShoppingCartMessages.integrationEvents(),
                WarehouseMessages.commands(), PaymentMessages.commands(), ShoppingCartMessages.commands(),
                PaymentMessages.integrationEvents());
    }

    @Bean
    OrderDecider orderDecider(OrderProperties properties) {
        return new OrderDecider(new OrderPolicy(properties.reservationTtl(), properties.paymentTimeout()));
    }

    @Bean
    Aggregate<OrderCommand, Order, OrderEvent> orders(OrderDecider decider) {
        OrderSaga saga = new OrderSaga(decider);
        return Aggregate.builder(OrderMessages.ORDER_STREAM, OrderCommand.class, decider)
                .streamId(OrderCommand::orderId)
                .sends(saga::sends)
                .deadlines(saga::deadlines)
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

    /**
     * Warehouse answers a reservation with the outcome of the command (reserved, or rejected with a reason such as
     * OUT_OF_STOCK; FAILED if it was parked): a refusal writes no event to announce it. The request's command id is
     * the order id.
     */
    @Bean
    OutcomeReaction recordStockReservation(Clock clock) {
        return new OutcomeReaction(STOCK_REPLY_REACTION, List.of("warehouse.ReserveStock"),
                MessageHeaders.systemIssuer(OrderMessages.CONTEXT),
                outcome -> new OrderCommand.RecordStockReservation(outcome.commandId(),
                        "SUCCEEDED".equals(outcome.status()),
                        "SUCCEEDED".equals(outcome.status()) ? null : outcome.reason(), clock.instant()));
    }

    /** Payment's events become the order's payment status, and move the saga on. */
    @Bean
    Reaction<PaymentIntegrationEvent> recordPayment(Clock clock) {
        return new Reaction<>(PAYMENT_REACTION, PaymentMessages.CONTEXT, PaymentIntegrationEvent.class,
                event -> new OrderCommand.RecordPayment(event.orderId(), event.paymentId(), switch (event) {
                    case PaymentIntegrationEvent.PaymentAuthorized authorized -> "AUTHORIZED";
                    case PaymentIntegrationEvent.PaymentDeclined declined -> "DECLINED";
                    case PaymentIntegrationEvent.PaymentCaptured captured -> "CAPTURED";
                    case PaymentIntegrationEvent.PaymentRefunded refunded -> "REFUNDED";
                    case PaymentIntegrationEvent.PaymentVoided voided -> "VOIDED";
                }, event instanceof PaymentIntegrationEvent.PaymentDeclined declined ? declined.reason() : null,
                        clock.instant()));
    }

    @Bean
    IntegrationEventMapper integrationEventMapper() {
        return new OrderIntegrationEvents();
    }

    private static ShippingAddress address(ShoppingCartIntegrationEvent.ShippingAddress address) {
        return address == null ? null
                : new ShippingAddress(address.street(), address.city(), address.postalCode(), address.country());
    }
}
