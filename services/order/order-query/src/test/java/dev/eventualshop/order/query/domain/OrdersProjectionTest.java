package dev.eventualshop.order.query.domain;

import static dev.eventualshop.projection.ProjectionRunner.Outcome.APPLIED;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.DUPLICATE;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.order.OrderLine;
import dev.eventualshop.order.ShippingAddress;
import dev.eventualshop.order.internal.OrderEvent;
import dev.eventualshop.projection.test.ProjectionSpec;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrdersProjectionTest {

    static final UUID ORDER = UUID.fromString("5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    static final UUID CART = UUID.fromString("0b6f2c1e-3d4a-4e5b-8c6d-7e8f9a0b1c2d");
    static final String ADA = "3f2b8c1e-6d4a-4e0b-9a7c-1b2d3e4f5a60";
    static final UUID MUG = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    static final Instant PLACED_AT = Instant.parse("2026-11-26T09:15:30.250Z");
    static final ShippingAddress HOME = new ShippingAddress("1 Main St", "Springfield", "12345", "DE");
    static final List<OrderLine> LINES = List.of(
            new OrderLine(MUG, "MUG-1", "Mug", Money.of("12.50", "EUR"), 2, Money.of("25.00", "EUR")));

    final ProjectionSpec<OrderView> orders = ProjectionSpec.of(new OrdersProjection()).onStream(ORDER.toString());

    final OrderEvent.OrderPlaced placed = new OrderEvent.OrderPlaced(ORDER, CART, ADA, LINES,
            Money.of("25.00", "EUR"), HOME, "tok_visa", PLACED_AT);

    static OrderView placedView() {
        return new OrderView(ORDER, ADA, OrderView.Status.PLACED, null, LINES, Money.of("25.00", "EUR"), HOME,
                new OrderView.Payment(OrderView.PaymentStatus.PENDING),
                List.of(new OrderView.Step(OrderView.Status.PLACED, PLACED_AT)), PLACED_AT, PLACED_AT.toEpochMilli(),
                List.of());
    }

    @Test
    void a_placed_order_is_its_customers_with_its_lines_total_and_address_and_a_pending_payment() {
        orders.given().when(placed)
                .then(placedView())
                .thenOwners(ADA).thenVersion(1).thenAnnounced(1L);
    }

    @Test
    void a_duplicate_event_changes_nothing() {
        orders.given(placed).when(orders.at(1, placed))
                .thenOutcomes(DUPLICATE)
                .then(placedView()).thenVersion(1);
    }

    @Test
    void an_event_ahead_of_its_predecessors_waits_and_nobody_reads_an_order_meanwhile() {
        OrderEvent.OrderPlaced later = new OrderEvent.OrderPlaced(ORDER, CART, ADA, LINES, Money.of("25.00", "EUR"),
                HOME, "tok_visa", PLACED_AT.plusSeconds(60));

        orders.given().when(orders.at(2, later))
                .thenOutcomes(WAITING).thenNoView().thenWaiting(2L);
        orders.given(orders.at(2, later)).when(orders.at(1, placed))
                .thenOutcomes(APPLIED).thenVersion(2).thenWaiting()
                .then(new OrderView(ORDER, ADA, OrderView.Status.PLACED, null, LINES, Money.of("25.00", "EUR"), HOME,
                        new OrderView.Payment(OrderView.PaymentStatus.PENDING),
                        List.of(new OrderView.Step(OrderView.Status.PLACED, later.placedAt())), later.placedAt(),
                        later.placedAt().toEpochMilli(), List.of()));
    }

    @Test
    void only_the_customer_owns_the_order() {
        String bob = "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a";
        OrderEvent.OrderPlaced bobs = new OrderEvent.OrderPlaced(ORDER, CART, bob, LINES, Money.of("25.00", "EUR"),
                HOME, "tok_visa", PLACED_AT);

        ProjectionSpec<OrderView>.When when = orders.given().when(bobs).thenOwners(bob);

        assertThat(when.announced()).singleElement().satisfies(update ->
                assertThat(update.owners()).as("the update tells the customer only").containsExactly(bob));
    }
}
