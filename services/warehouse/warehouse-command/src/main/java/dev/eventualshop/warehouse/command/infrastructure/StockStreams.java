package dev.eventualshop.warehouse.command.infrastructure;

import dev.eventualshop.warehouse.commands.StockCommand;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Which product stocks a command targets: one for a receipt or an adjustment, every named product for a
 * reservation, its commit or its release, each deciding on the whole command. A command that names no product
 * goes to the stream of its reservation id, where the decider rejects it as INVALID and nothing is written.
 */
final class StockStreams {

    private StockStreams() {
    }

    static Map<String, StockCommand> of(StockCommand command) {
        return switch (command) {
            case StockCommand.OpenStock open -> single(open.productId(), command);
            case StockCommand.ReceiveStock receive -> single(receive.productId(), command);
            case StockCommand.AdjustStock adjust -> single(adjust.productId(), command);
            case StockCommand.ReserveStock reserve -> each(reserve.lines().stream()
                    .map(StockCommand.ReserveStock.Line::productId).toList(), reserve.reservationId(), command);
            case StockCommand.CommitReservation commit -> each(commit.productIds(), commit.reservationId(), command);
            case StockCommand.ReleaseReservation release ->
                    each(release.productIds(), release.reservationId(), command);
        };
    }

    private static Map<String, StockCommand> single(UUID productId, StockCommand command) {
        return Map.of(String.valueOf(productId), command);
    }

    private static Map<String, StockCommand> each(Collection<UUID> productIds, UUID reservationId,
                                                  StockCommand command) {
        Map<String, StockCommand> streams = new LinkedHashMap<>();
        productIds.stream().filter(Objects::nonNull).forEach(id -> streams.put(id.toString(), command));
        return streams.isEmpty() ? single(reservationId, command) : streams;
    }
}
