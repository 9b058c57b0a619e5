package dev.eventualshop.warehouse.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.embedded.EmbeddedInfrastructure;
import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.eventstore.pipeline.DeadlinePoller;
import dev.eventualshop.warehouse.WarehouseMessages;
import dev.eventualshop.warehouse.command.infrastructure.WarehouseCommandConfiguration;
import dev.eventualshop.warehouse.commands.StockCommand.ReserveStock.Line;
import dev.eventualshop.warehouse.commands.StockCommand;
import dev.eventualshop.warehouse.internal.StockEvent;
import dev.eventualshop.warehouse.v1.WarehouseIntegrationEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * warehouse-command on the embedded broker and H2: Catalog's listings open stocks (once, however often
 * delivered), receipts and adjustments change them and are published as {@code warehouse.v1.StockChanged}, a
 * reservation across products is one append or nothing, concurrent reservations never oversell, and a reservation
 * nobody commits or releases is released by Warehouse's own deadline a grace after its expiry.
 */
class WarehouseCommandIT extends WarehouseCommandContract {

    @Autowired
    CommandPipeline pipeline;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        EmbeddedInfrastructure.shared().commandServiceProperties("warehouse-command-it")
                .forEach((name, value) -> registry.add(name, () -> value));
    }

    @Test
    void a_listing_delivered_twice_opens_exactly_one_stock() {
        UUID product = UUID.randomUUID();
        UUID messageId = UUID.randomUUID();

        listTwice(messageId, product);
        UUID reactionCommand = Ids.reactionCommandId(messageId, WarehouseCommandConfiguration.OPEN_STOCK_REACTION);
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> jdbc.queryForObject(
                "select count(*) from commands where command_id = ?", Integer.class, reactionCommand) == 1);
        assertThat(eventTypes(product)).containsExactly("warehouse.StockOpened");
        assertThat(stockChange(product, 1)).isEqualTo(new WarehouseIntegrationEvent.StockChanged(product, 0, 0, 0));
    }

    @Test
    void receipts_and_adjustments_change_the_stock_and_are_published_as_stock_changed() {
        UUID product = stocked(0);

        assertSucceeded(send(new StockCommand.ReceiveStock(product, 12)));
        assertSucceeded(send(new StockCommand.AdjustStock(product, -2, "two broken in transit")));

        assertThat(eventTypes(product)).containsExactly("warehouse.StockOpened", "warehouse.StockReceived",
                "warehouse.StockAdjusted");
        assertThat(stockChange(product, 2)).isEqualTo(new WarehouseIntegrationEvent.StockChanged(product, 12, 0, 12));
        assertThat(stockChange(product, 3)).isEqualTo(new WarehouseIntegrationEvent.StockChanged(product, 10, 0, 10));
        assertRejected(send(new StockCommand.ReceiveStock(product, 0)), "INVALID");
        assertRejected(send(new StockCommand.AdjustStock(product, -11, "lost")), "INSUFFICIENT_STOCK");
        assertThat(eventTypes(product)).hasSize(3);
        assertThat(publishedDomainEventTypes(product, 3)).containsExactly("warehouse.StockOpened",
                "warehouse.StockReceived", "warehouse.StockAdjusted");
        awaitAllSent();
    }

    @Test
    void a_command_on_a_product_that_was_never_listed_is_an_unknown_product() {
        UUID nothing = UUID.randomUUID();

        assertRejected(send(new StockCommand.ReceiveStock(nothing, 5)), "UNKNOWN_PRODUCT");
        assertThat(eventTypes(nothing)).isEmpty();
    }

    @Test
    void a_reservation_across_two_products_is_one_append_to_both_streams() {
        UUID mug = stocked(5);
        UUID teapot = stocked(2);
        UUID reservation = UUID.randomUUID();

        UUID commandId = send(new StockCommand.ReserveStock(reservation, UUID.randomUUID(),
                List.of(new Line(mug, 3), new Line(teapot, 2)), null));

        assertSucceeded(commandId);
        assertThat(eventTypes(mug)).last().isEqualTo("warehouse.StockReserved");
        assertThat(eventTypes(teapot)).last().isEqualTo("warehouse.StockReserved");
        assertThat(jdbc.queryForList("select stream_id from events where command_id = ? order by stream_id",
                String.class, commandId)).containsExactlyInAnyOrder(mug.toString(), teapot.toString());
        assertThat(stockChange(teapot, 3)).isEqualTo(new WarehouseIntegrationEvent.StockChanged(teapot, 2, 2, 0));

        assertSucceeded(send(new StockCommand.CommitReservation(reservation, List.of(mug, teapot))));
        assertThat(stockChange(mug, 4)).isEqualTo(new WarehouseIntegrationEvent.StockChanged(mug, 2, 0, 2));
    }

    @Test
    void a_reservation_with_one_short_line_changes_neither_stock() {
        UUID mug = stocked(5);
        UUID teapot = stocked(2);

        UUID commandId = send(new StockCommand.ReserveStock(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new Line(mug, 3), new Line(teapot, 3)), null));

        assertRejected(commandId, "OUT_OF_STOCK");
        assertThat(eventTypes(mug)).containsExactly("warehouse.StockOpened", "warehouse.StockReceived");
        assertThat(eventTypes(teapot)).containsExactly("warehouse.StockOpened", "warehouse.StockReceived");
        assertThat(jdbc.queryForObject("select count(*) from events where command_id = ?", Integer.class, commandId))
                .isZero();
    }

    @Test
    void a_redelivered_reservation_holds_its_units_once_and_a_repeated_release_returns_them_once() {
        UUID mug = stocked(5);
        UUID reservation = UUID.randomUUID();
        StockCommand.ReserveStock reserve = new StockCommand.ReserveStock(reservation, UUID.randomUUID(),
                List.of(new Line(mug, 2)), null);
        StockCommand.ReleaseReservation release = new StockCommand.ReleaseReservation(reservation, List.of(mug),
                "PAYMENT_DECLINED", false);

        assertSucceeded(send(reserve));
        assertSucceeded(send(reserve));
        assertSucceeded(send(release));
        assertSucceeded(send(release));
        assertSucceeded(send(reserve));

        assertThat(eventTypes(mug)).containsExactly("warehouse.StockOpened", "warehouse.StockReceived",
                "warehouse.StockReserved", "warehouse.ReservationReleased");
        assertThat(stockChange(mug, 4)).isEqualTo(new WarehouseIntegrationEvent.StockChanged(mug, 5, 0, 5));
    }

    @Test
    void a_long_stock_stream_is_snapshotted_and_decided_from_its_snapshot_as_from_its_history() {
        UUID product = stocked(0);
        for (int i = 0; i < WarehouseCommandConfiguration.SNAPSHOT_EVERY; i++) {
            assertThat(pipeline.handle(CommandEnvelope.of(UUID.randomUUID(), ADMIN,
                    new StockCommand.ReceiveStock(product, 1))).status()).isEqualTo(CommandOutcome.Status.SUCCEEDED);
        }
        assertThat(jdbc.queryForObject("select count(*) from snapshots where stream_type = ? and stream_id = ?",
                Integer.class, WarehouseMessages.STOCK_STREAM, product.toString())).isEqualTo(1);

        UUID reservation = UUID.randomUUID();
        assertSucceeded(send(new StockCommand.ReserveStock(reservation, UUID.randomUUID(),
                List.of(new Line(product, 99)), null)));
        assertSucceeded(send(new StockCommand.CommitReservation(reservation, List.of(product))));
        assertRejected(send(new StockCommand.AdjustStock(product, -2, "recount")), "INSUFFICIENT_STOCK");

        assertThat(stockChange(product, 103)).isEqualTo(new WarehouseIntegrationEvent.StockChanged(product, 1, 0, 1));
    }

    @Test
    void twenty_concurrent_reservations_of_one_unit_against_ten_never_oversell() throws Exception {
        UUID product = stocked(10);
        List<StockCommand> reservations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            reservations.add(new StockCommand.ReserveStock(UUID.randomUUID(), UUID.randomUUID(),
                    List.of(new Line(product, 1)), null));
        }

        List<CommandOutcome> outcomes = concurrently(reservations);

        assertThat(outcomes.stream().filter(outcome -> outcome.status() == CommandOutcome.Status.SUCCEEDED).count()).isEqualTo(10);
        assertThat(outcomes.stream().filter(outcome -> outcome.status() != CommandOutcome.Status.SUCCEEDED).map(CommandOutcome::reason))
                .containsOnly("OUT_OF_STOCK");
        assertThat(eventTypes(product).stream().filter("warehouse.StockReserved"::equals)).hasSize(10);
        assertThat(stockChange(product, 12)).isEqualTo(new WarehouseIntegrationEvent.StockChanged(product, 10, 10, 0));
        assertRejected(send(new StockCommand.ReserveStock(UUID.randomUUID(), UUID.randomUUID(),
                List.of(new Line(product, 1)), null)), "OUT_OF_STOCK");
    }

    @Test
    void a_reservation_nobody_closes_is_released_whole_after_its_expiry_and_published_as_stock_changed() {
        UUID mug = stocked(5);
        UUID teapot = stocked(3);
        UUID reservation = UUID.randomUUID();

        assertSucceeded(send(new StockCommand.ReserveStock(reservation, UUID.randomUUID(),
                List.of(new Line(mug, 2), new Line(teapot, 1)), Instant.now().minusSeconds(1))));

        assertThat(stockChange(mug, 4)).isEqualTo(new WarehouseIntegrationEvent.StockChanged(mug, 5, 0, 5));
        assertThat(stockChange(teapot, 4)).isEqualTo(new WarehouseIntegrationEvent.StockChanged(teapot, 3, 0, 3));
        for (UUID product : List.of(mug, teapot)) {
            assertThat(eventTypes(product)).containsExactly("warehouse.StockOpened", "warehouse.StockReceived",
                    "warehouse.StockReserved", "warehouse.ReservationReleased");
            assertThat(jdbc.queryForObject("select payload from events where stream_id = ? and event_type = ?",
                    String.class, product.toString(), "warehouse.ReservationReleased")).contains("RESERVATION_EXPIRED");
        }
        UUID deadline = Uuids.v5(reservation, "expiry");
        assertThat(jdbc.queryForMap("select issuer, outcome from commands where command_id = ?", deadline))
                .containsEntry("issuer", DeadlinePoller.ISSUER).containsEntry("outcome", "SUCCEEDED");
        await().atMost(WAIT).until(() -> deadlines(reservation) == 0);
    }

    @Test
    void a_reservation_committed_before_its_expiry_is_not_released_when_the_deadline_fires() {
        UUID mug = stocked(5);
        UUID reservation = UUID.randomUUID();
        Instant expiresAt = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
        assertSucceeded(send(new StockCommand.ReserveStock(reservation, UUID.randomUUID(), List.of(new Line(mug, 2)),
                expiresAt)));
        assertSucceeded(send(new StockCommand.CommitReservation(reservation, List.of(mug))));
        UUID deadline = Uuids.v5(reservation, "expiry");
        assertThat(jdbc.queryForObject("select due_at from deadlines where deadline_id = ?", OffsetDateTime.class,
                deadline).toInstant()).as("due a grace after the expiry").isEqualTo(expiresAt.plusMillis(200));

        // An hour passes for this deadline alone.
        jdbc.update("update deadlines set due_at = ? where deadline_id = ?",
                OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1), deadline);

        await().atMost(WAIT).until(() -> deadlines(reservation) == 0);
        assertThat(jdbc.queryForObject("select outcome from commands where command_id = ?", String.class, deadline))
                .isEqualTo("SUCCEEDED");
        assertThat(jdbc.queryForObject("select count(*) from events where command_id = ?", Integer.class, deadline))
                .as("the release of a committed reservation changes nothing").isZero();
        assertThat(eventTypes(mug)).containsExactly("warehouse.StockOpened", "warehouse.StockReceived",
                "warehouse.StockReserved", "warehouse.ReservationCommitted");
        assertThat(stockChange(mug, 4)).isEqualTo(new WarehouseIntegrationEvent.StockChanged(mug, 3, 0, 3));
    }

    @Test
    void a_reservation_without_expiry_is_held_with_no_deadline() {
        UUID mug = stocked(5);
        UUID reservation = UUID.randomUUID();

        assertSucceeded(send(new StockCommand.ReserveStock(reservation, UUID.randomUUID(), List.of(new Line(mug, 2)),
                null)));

        assertThat(deadlines(reservation)).isZero();
        assertThat(stockChange(mug, 3)).isEqualTo(new WarehouseIntegrationEvent.StockChanged(mug, 5, 2, 3));
    }

    @Test
    void thirty_concurrent_reservations_across_two_products_named_in_either_order_never_oversell_either()
            throws Exception {
        UUID mug = stocked(10);
        UUID teapot = stocked(15);
        List<StockCommand> reservations = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<Line> lines = i % 2 == 0 ? List.of(new Line(mug, 1), new Line(teapot, 1))
                    : List.of(new Line(teapot, 1), new Line(mug, 1));
            reservations.add(new StockCommand.ReserveStock(UUID.randomUUID(), UUID.randomUUID(), lines,
                    Instant.now().plus(Duration.ofHours(1))));
        }

        List<CommandOutcome> outcomes = concurrently(reservations);

        assertThat(outcomes).filteredOn(outcome -> outcome.status() == CommandOutcome.Status.SUCCEEDED).hasSize(10);
        assertThat(outcomes).filteredOn(outcome -> outcome.status() != CommandOutcome.Status.SUCCEEDED)
                .extracting(CommandOutcome::reason).containsOnly("OUT_OF_STOCK");
        for (UUID product : List.of(mug, teapot)) {
            assertThat(storedStock(product)).as("every stored state of %s", product)
                    .allSatisfy(event -> assertThat(event.onHand() - event.reserved()).isNotNegative())
                    .last().satisfies(event -> assertThat(event.reserved()).isEqualTo(10));
        }
    }

    /** Each command handled by the pipeline on a thread of its own, all released at once; their outcomes in order. */
    private List<CommandOutcome> concurrently(List<StockCommand> commands) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<CommandOutcome>> handled = commands.stream().<Callable<CommandOutcome>>map(command -> () -> {
            start.await();
            return pipeline.handle(CommandEnvelope.of(UUID.randomUUID(), "system:order", command));
        }).toList();
        List<CommandOutcome> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(commands.size())) {
            List<Future<CommandOutcome>> running = handled.stream().map(threads::submit).toList();
            start.countDown();
            for (Future<CommandOutcome> outcome : running) {
                outcomes.add(outcome.get());
            }
        }
        return outcomes;
    }

    /** How many deadlines are scheduled for {@code reservation}'s release. */
    private int deadlines(UUID reservation) {
        return jdbc.queryForObject("select count(*) from deadlines where deadline_id = ?", Integer.class,
                Uuids.v5(reservation, "expiry"));
    }

    /** Every event stored on {@code product}'s stock stream, in order, as read back. */
    private List<StockEvent> storedStock(UUID product) {
        return jdbc.query("select event_type, revision, payload from events where stream_type = ? and stream_id = ?"
                        + " order by version", (row, n) -> (StockEvent) codec.deserialize(row.getString(1),
                        row.getInt(2), row.getString(3)), WarehouseMessages.STOCK_STREAM, product.toString());
    }
}
