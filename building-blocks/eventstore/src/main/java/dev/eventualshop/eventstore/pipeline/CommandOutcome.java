package dev.eventualshop.eventstore.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * How a command ended, as recorded in the {@code commands} table and published to the caller. SUCCEEDED
 * carries the version ranges it wrote; REJECTED carries a reason code and words. FAILED is reserved for
 * commands the messaging layer parked or dead-lettered.
 */
public record CommandOutcome(UUID commandId, Status status, String reason, String message,
                             List<StreamRange> streams) {

    public enum Status { SUCCEEDED, REJECTED, FAILED }

    public CommandOutcome {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(status, "status");
        streams = List.copyOf(streams);
    }

    public static CommandOutcome succeeded(UUID commandId, List<StreamRange> streams) {
        return new CommandOutcome(commandId, Status.SUCCEEDED, null, null, streams);
    }

    public static CommandOutcome rejected(UUID commandId, String reason, String message) {
        return new CommandOutcome(commandId, Status.REJECTED, reason, message, List.of());
    }

    /** The version the command left its (first) stream at, when it wrote one. */
    public OptionalLong aggregateVersion() {
        return streams.isEmpty() ? OptionalLong.empty() : OptionalLong.of(streams.getFirst().toVersion());
    }
}
