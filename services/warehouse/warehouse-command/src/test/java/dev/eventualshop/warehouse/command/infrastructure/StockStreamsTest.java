package dev.eventualshop.warehouse.command.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.warehouse.commands.StockCommand;
import dev.eventualshop.warehouse.commands.StockCommand.ReserveStock.Line;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class StockStreamsTest {

    static final UUID MUG = UUID.fromString("6b1f3c2e-0a4d-4c8e-9b7a-1c2d3e4f5a01");
    static final UUID TEAPOT = UUID.fromString("6b1f3c2e-0a4d-4c8e-9b7a-1c2d3e4f5a02");
    static final UUID RESERVATION = UUID.fromString("0c9e8d7f-6a5b-4c3d-8e2f-1a0b9c8d7e01");

    @Test
    void a_receipt_targets_its_products_stock() {
        StockCommand receive = new StockCommand.ReceiveStock(MUG, 3);

        assertThat(StockStreams.of(receive)).containsExactly(Map.entry(MUG.toString(), receive));
    }

    @Test
    void a_reservation_targets_every_product_it_names_in_line_order_each_deciding_on_the_whole_command() {
        StockCommand reserve = new StockCommand.ReserveStock(RESERVATION, UUID.randomUUID(),
                List.of(new Line(TEAPOT, 1), new Line(MUG, 2)), null);

        assertThat(StockStreams.of(reserve)).containsExactly(Map.entry(TEAPOT.toString(), reserve),
                Map.entry(MUG.toString(), reserve));
    }

    @Test
    void a_commit_or_release_targets_every_named_product() {
        assertThat(StockStreams.of(new StockCommand.CommitReservation(RESERVATION, List.of(MUG, TEAPOT))))
                .containsOnlyKeys(MUG.toString(), TEAPOT.toString());
        assertThat(StockStreams.of(new StockCommand.ReleaseReservation(RESERVATION, List.of(MUG), "expired", false)))
                .containsOnlyKeys(MUG.toString());
    }

    @Test
    void a_command_naming_no_product_goes_to_its_reservations_stream_to_be_rejected_there() {
        assertThat(StockStreams.of(new StockCommand.ReserveStock(RESERVATION, UUID.randomUUID(), List.of(), null)))
                .containsOnlyKeys(RESERVATION.toString());
        assertThat(StockStreams.of(new StockCommand.CommitReservation(RESERVATION, null)))
                .containsOnlyKeys(RESERVATION.toString());
    }
}
