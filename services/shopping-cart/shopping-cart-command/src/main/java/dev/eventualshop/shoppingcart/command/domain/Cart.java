package dev.eventualshop.shoppingcart.command.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A shopping cart's lifecycle: not created yet, open for its customer to fill, or discarded for good. Only the
 * customer who created it can see or change it.
 */
public sealed interface Cart {

    /** No cart on this stream. */
    record None() implements Cart {
    }

    /**
     * @param customerId the user id of the customer who created it
     * @param lines      the cart's lines by product id, in the order they were added
     * @param address    where to ship, or {@code null} while not given
     * @param paymentToken the payment provider's token, or {@code null} while not given
     */
    record Active(UUID cartId, String customerId, Map<UUID, CartLine> lines, ShippingAddress address,
                  String paymentToken) implements Cart {

        public Active {
            Objects.requireNonNull(cartId, "cartId");
            Objects.requireNonNull(customerId, "customerId");
            lines = Collections.unmodifiableMap(new LinkedHashMap<>(lines));
        }

        boolean ownedBy(String issuer) {
            return customerId.equals(issuer);
        }

        /** The currency of the cart's lines, or {@code null} while it has none. */
        String currency() {
            return lines.isEmpty() ? null : lines.values().iterator().next().unitPrice().currency();
        }

        Active with(CartLine line) {
            Map<UUID, CartLine> changed = new LinkedHashMap<>(lines);
            changed.put(line.productId(), line);
            return new Active(cartId, customerId, changed, address, paymentToken);
        }

        Active without(UUID productId) {
            Map<UUID, CartLine> changed = new LinkedHashMap<>(lines);
            changed.remove(productId);
            return new Active(cartId, customerId, changed, address, paymentToken);
        }

        Active shippingTo(ShippingAddress changed) {
            return new Active(cartId, customerId, lines, changed, paymentToken);
        }

        Active payingWith(String token) {
            return new Active(cartId, customerId, lines, address, token);
        }
    }

    /** Turned into the order {@code orderId}: it takes no command any more. */
    record CheckedOut(UUID cartId, String customerId, UUID orderId) implements Cart {
    }

    /** Given up by its customer: it takes no command any more. */
    record Discarded(UUID cartId, String customerId) implements Cart {
    }

    /** Where an order from the cart goes; {@code country} is an ISO 3166-1 alpha-2 code. */
    record ShippingAddress(String street, String city, String postalCode, String country) {
    }
}
