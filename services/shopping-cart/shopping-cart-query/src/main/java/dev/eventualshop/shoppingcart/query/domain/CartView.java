package dev.eventualshop.shoppingcart.query.domain;

import dev.eventualshop.contracts.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A cart as its customer reads it, before pricing: its lines at the prices recorded when they were added (the
 * query prices them again from the price table when it is read), its shipping address and payment token.
 *
 * @param customerId the user id of the customer, the only owner
 * @param status     {@code status} is a plain field so the active cart can be found by it
 */
public record CartView(UUID cartId, String customerId, Status status, List<Line> lines, Address shippingAddress,
                       String paymentMethod) {

    /** Whether the cart is its customer's active cart. */
    public enum Status {
        ACTIVE,
        CHECKED_OUT,
        DISCARDED
    }

    /** One product in the cart, at the price the cart's price list had when it was added. */
    public record Line(UUID productId, String sku, String name, Money unitPrice, int quantity) {

        public Line {
            Objects.requireNonNull(productId, "productId");
            Objects.requireNonNull(unitPrice, "unitPrice");
        }

        Line withQuantity(int newQuantity) {
            return new Line(productId, sku, name, unitPrice, newQuantity);
        }
    }

    /** Where the order is to be shipped; {@code country} is an ISO 3166-1 alpha-2 code. */
    public record Address(String street, String city, String postalCode, String country) {
    }

    public CartView {
        Objects.requireNonNull(cartId, "cartId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
    }

    static CartView created(UUID cartId, String customerId) {
        return new CartView(cartId, customerId, Status.ACTIVE, List.of(), null, null);
    }

    CartView withLine(Line line) {
        List<Line> next = new ArrayList<>(lines);
        next.removeIf(existing -> existing.productId().equals(line.productId()));
        next.add(line);
        return withLines(next);
    }

    CartView withQuantity(UUID productId, int quantity) {
        return withLines(lines.stream().map(line -> line.productId().equals(productId)
                ? line.withQuantity(quantity) : line).toList());
    }

    CartView without(UUID productId) {
        return withLines(lines.stream().filter(line -> !line.productId().equals(productId)).toList());
    }

    CartView withShippingAddress(Address address) {
        return new CartView(cartId, customerId, status, lines, address, paymentMethod);
    }

    CartView withPaymentMethod(String token) {
        return new CartView(cartId, customerId, status, lines, shippingAddress, token);
    }

    /** Checked out: the lines at the prices of the checkout, which no later price change alters. */
    CartView checkedOut(List<Line> pricedAtCheckout) {
        return new CartView(cartId, customerId, Status.CHECKED_OUT, pricedAtCheckout, shippingAddress, paymentMethod);
    }

    CartView discarded() {
        return new CartView(cartId, customerId, Status.DISCARDED, lines, shippingAddress, paymentMethod);
    }

    private CartView withLines(List<Line> next) {
        return new CartView(cartId, customerId, status, next, shippingAddress, paymentMethod);
    }
}
