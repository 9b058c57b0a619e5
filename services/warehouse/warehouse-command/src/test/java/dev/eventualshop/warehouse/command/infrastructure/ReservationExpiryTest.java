package dev.eventualshop.warehouse.command.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.eventstore.pipeline.DeadlineChange;
import dev.eventualshop.warehouse.WarehouseMessages;
import dev.eventualshop.warehouse.commands.StockCommand;
import dev.eventualshop.warehouse.internal.StockEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReservationExpiryTest {

    static final UUID MUG = UUID.fromString("6b1f3c2e-0a4d-4c8e-9b7a-1c2d3e4f5a01");
    static final UUID TEAPOT = UUID.fromString("6b1f3c2e-0a4d-4c8e-9b7a-1c2d3e4f5a02");
    static final UUID RESERVATION = UUID.fromString("0c9e8d7f-6a5b-4c3d-8e2f-1a0b9c8d7e01");
    static final UUID ORDER = UUID.fromString("0c9e8d7f-6a5b-4c3d-8e2f-1a0b9c8d7e02");
    static final Instant EXPIRES_AT = Instant.parse("2026-11-26T10:15:00Z");

    final ReservationExpiry expiry = new ReservationExpiry(Duration.ofMinutes(1));

    static StockEvent.StockReserved reserved(UUID product, Instant expiresAt) {
        return new StockEvent.StockReserved(product, RESERVATION, ORDER, 1, 5, 1, List.of(MUG, TEAPOT), expiresAt);
    }

    @Test
    void an_expiring_reservation_is_released_whole_a_grace_after_its_expiry() {
        assertThat(expiry.deadlines(reserved(MUG, EXPIRES_AT))).containsExactly(DeadlineChange.schedule(
                Uuids.v5(RESERVATION, "expiry"), EXPIRES_AT.plusSeconds(60),
                new StockCommand.ReleaseReservation(RESERVATION, List.of(MUG, TEAPOT), "RESERVATION_EXPIRED", false)));
    }

    @Test
    void each_products_event_schedules_the_same_deadline() {
        assertThat(expiry.deadlines(reserved(TEAPOT, EXPIRES_AT))).isEqualTo(expiry.deadlines(reserved(MUG, EXPIRES_AT)));
    }

    @Test
    void a_reservation_without_expiry_and_every_other_event_schedule_nothing() {
        assertThat(expiry.deadlines(reserved(MUG, null))).isEmpty();
        assertThat(expiry.deadlines(new StockEvent.ReservationCommitted(MUG, RESERVATION, 1, 4, 0))).isEmpty();
        assertThat(expiry.deadlines(new StockEvent.ReservationReleased(MUG, RESERVATION, 1, "x", 5, 0))).isEmpty();
        assertThat(expiry.deadlines(new StockEvent.StockReceived(MUG, 5, 5, 0))).isEmpty();
    }

    @Test
    void a_reservation_stored_before_it_named_its_products_and_expiry_reads_and_schedules_nothing() {
        MessageCodec codec = new MessageCodec(MessageJson.mapper(), WarehouseMessages.domainEvents(), List.of());
        String stored = """
                {"productId":"%s","reservationId":"%s","orderId":"%s","quantity":3,"onHand":10,"reserved":3}"""
                .formatted(MUG, RESERVATION, ORDER);

        Object event = codec.deserialize("warehouse.StockReserved", 1, stored);

        assertThat(event).isEqualTo(new StockEvent.StockReserved(MUG, RESERVATION, ORDER, 3, 10, 3, List.of(), null));
        assertThat(expiry.deadlines((StockEvent) event)).isEmpty();
    }

    @Test
    void a_negative_grace_is_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new WarehouseProperties(Duration.ofSeconds(-1)));
        assertThat(new WarehouseProperties(Duration.ZERO).reservationReleaseGrace()).isZero();
    }
}
