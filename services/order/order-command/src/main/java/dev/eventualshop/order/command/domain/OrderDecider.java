package dev.eventualshop.order.command.domain;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.decider.Decider;
import dev.eventualshop.decider.Decision;
import dev.eventualshop.order.OrderLine;
import dev.eventualshop.order.commands.OrderCommand;
import dev.eventualshop.order.internal.OrderEvent;

/**
 * An order, the process manager of the checkout saga. It is placed from a checked-out cart: its id is
 * {@link Ids#orderId} of the cart, so a checkout that arrives twice (a redelivery, a replay) finds the order placed
 * and changes nothing. A checkout whose figures do not add up (a line total that is not price x quantity, a total
 * that is not the sum of the lines, two currencies) is refused as {@code INVALID} rather than placed wrong.
 */
public final class OrderDecider implements Decider<OrderCommand, Order, OrderEvent> {

    @Override
    public Order initialState() {
        return new Order.None();
    }

    @Override
    public Decision<OrderEvent> decide(OrderCommand command, Order state) {
        return switch (command) {
            case OrderCommand.PlaceOrder place -> place(place, state);
        };
    }

    @Override
    public Order evolve(Order state, OrderEvent event) {
        return switch (event) {
            case OrderEvent.OrderPlaced placed -> new Order.Placed(placed.orderId(), placed.customerId(), placed.lines(),
                    placed.total(), placed.shippingAddress(), placed.paymentToken());
        };
    }

    private static Decision<OrderEvent> place(OrderCommand.PlaceOrder place, Order state) {
        if (!(state instanceof Order.None)) {
            return Decision.accept();
        }
        String problem = problem(place);
        if (problem != null) {
            return Decision.reject("INVALID", problem);
        }
        return Decision.accept(new OrderEvent.OrderPlaced(place.orderId(), place.cartId(), place.customerId(),
                place.lines(), place.total(), place.shippingAddress(), place.paymentToken(), place.placedAt()));
    }

    /** What is wrong with the checkout, or null. */
    private static String problem(OrderCommand.PlaceOrder place) {
        if (place.cartId() == null || !Ids.orderId(place.cartId()).equals(place.orderId())) {
            return "an order's id is the order id of its cart";
        }
        if (place.customerId() == null || place.customerId().isBlank() || place.placedAt() == null) {
            return "an order needs a customer and a time";
        }
        if (place.shippingAddress() == null || place.paymentToken() == null) {
            return "an order needs a shipping address and a payment method";
        }
        if (place.lines().isEmpty() || place.total() == null) {
            return "an order needs lines and a total";
        }
        Money sum = null;
        for (OrderLine line : place.lines()) {
            if (line.quantity() < 1 || !line.unitPrice().times(line.quantity()).equals(line.lineTotal())
                    || !line.lineTotal().currency().equals(place.total().currency())) {
                return "line " + line.productId() + " does not add up";
            }
            sum = sum == null ? line.lineTotal() : sum.plus(line.lineTotal());
        }
        return sum.equals(place.total()) ? null : "the total is not the sum of the lines";
    }
}
