package dev.eventualshop.order.v1;

import dev.eventualshop.contracts.Money;
import java.util.UUID;

/**
 * Order's public, versioned events: the moments a customer hears about (Communication mails them). The order
 * stream's version travels in the message headers ({@code es-version}).
 */
public sealed interface OrderIntegrationEvent {

    UUID orderId();

    /** The customer the order belongs to (their user id). */
    String customerId();

    /** The order's payment is authorized: it will be shipped. */
    record OrderConfirmed(UUID orderId, String customerId, Money total) implements OrderIntegrationEvent {
    }

    /**
     * The order is cancelled for {@code reason} (see API.md); {@code refunded}: money taken is given back.
     */
    record OrderCancelled(UUID orderId, String customerId, String reason, boolean refunded)
            implements OrderIntegrationEvent {
    }

    /** The order left the warehouse. */
    record OrderShipped(UUID orderId, String customerId) implements OrderIntegrationEvent {
    }
}
