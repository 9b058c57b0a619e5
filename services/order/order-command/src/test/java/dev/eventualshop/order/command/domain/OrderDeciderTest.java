package dev.eventualshop.order.command.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.decider.test.DeciderSpec;
import dev.eventualshop.order.OrderLine;
import dev.eventualshop.order.ShippingAddress;
import dev.eventualshop.order.commands.OrderCommand;
import dev.eventualshop.order.internal.OrderEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderDeciderTest {

    static final UUID CART = UUID.fromString("0c5b1a2e-3d4f-4a6b-8c7d-9e0f1a2b3c4d");
    static final UUID ORDER = Ids.orderId(CART);
    static final String ADA = "7a1e5b0c-2d3f-4e5a-9b8c-1d2e3f4a5b6c";
    static final UUID MUG = UUID.fromString("5b8e2f1a-7c3d-4e5f-8a9b-0c1d2e3f4a5b");
    static final UUID TEA = UUID.fromString("6c9f3a2b-8d4e-4f60-9bac-1d2e3f4a5b6c");
    static final Instant AT = Instant.parse("2026-11-26T05:00:00Z");
    static final ShippingAddress HOME = new ShippingAddress("1 Main St", "Springfield", "12345", "DE");
    static final OrderLine MUGS = new OrderLine(MUG, "MUG-1", "Mug", Money.of("14.90", "EUR"), 2,
            Money.of("29.80", "EUR"));
    static final OrderLine TEAS = new OrderLine(TEA, "TEA-1", "Tea", Money.of("4.00", "EUR"), 3,
            Money.of("12.00", "EUR"));

    final DeciderSpec<OrderCommand, Order, OrderEvent> order = DeciderSpec.of(new OrderDecider());

    static OrderCommand.PlaceOrder place(List<OrderLine> lines, Money total) {
        return new OrderCommand.PlaceOrder(ORDER, CART, ADA, lines, total, HOME, "tok_visa", AT);
    }

    static final OrderEvent.OrderPlaced PLACED = new OrderEvent.OrderPlaced(ORDER, CART, ADA, List.of(MUGS, TEAS),
            Money.of("41.80", "EUR"), HOME, "tok_visa", AT);

    @Test
    void a_checkout_places_its_order() {
        order.given().when(place(List.of(MUGS, TEAS), Money.of("41.80", "EUR"))).then(PLACED)
                .thenState(state -> assertThat(state).isEqualTo(new Order.Placed(ORDER, ADA, List.of(MUGS, TEAS),
                        Money.of("41.80", "EUR"), HOME, "tok_visa")));
    }

    @Test
    void a_checkout_that_arrives_again_finds_its_order_placed_and_changes_nothing() {
        order.given(PLACED).when(place(List.of(MUGS, TEAS), Money.of("41.80", "EUR"))).thenNothing();
    }

    @Test
    void an_order_is_named_after_its_cart() {
        order.given().when(new OrderCommand.PlaceOrder(UUID.randomUUID(), CART, ADA, List.of(MUGS),
                Money.of("29.80", "EUR"), HOME, "tok_visa", AT)).thenRejects("INVALID");
    }

    @Test
    void figures_that_do_not_add_up_are_refused() {
        order.given().when(place(List.of(MUGS, TEAS), Money.of("41.79", "EUR"))).thenRejects("INVALID");
        order.given().when(place(List.of(new OrderLine(MUG, "MUG-1", "Mug", Money.of("14.90", "EUR"), 2,
                Money.of("14.90", "EUR"))), Money.of("14.90", "EUR"))).thenRejects("INVALID");
        order.given().when(place(List.of(MUGS, new OrderLine(TEA, "TEA-1", "Tea", Money.of("4.00", "USD"), 3,
                Money.of("12.00", "USD"))), Money.of("41.80", "EUR"))).thenRejects("INVALID");
        order.given().when(place(List.of(), Money.of("0.00", "EUR"))).thenRejects("INVALID");
    }

    @Test
    void an_order_needs_a_customer_an_address_a_payment_method_and_a_time() {
        order.given().when(new OrderCommand.PlaceOrder(ORDER, CART, " ", List.of(MUGS), Money.of("29.80", "EUR"),
                HOME, "tok_visa", AT)).thenRejects("INVALID");
        order.given().when(new OrderCommand.PlaceOrder(ORDER, CART, ADA, List.of(MUGS), Money.of("29.80", "EUR"),
                null, "tok_visa", AT)).thenRejects("INVALID");
        order.given().when(new OrderCommand.PlaceOrder(ORDER, CART, ADA, List.of(MUGS), Money.of("29.80", "EUR"),
                HOME, null, AT)).thenRejects("INVALID");
        order.given().when(new OrderCommand.PlaceOrder(ORDER, CART, ADA, List.of(MUGS), Money.of("29.80", "EUR"),
                HOME, "tok_visa", null)).thenRejects("INVALID");
    }
}
