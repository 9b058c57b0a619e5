package dev.eventualshop.eventstore;

import java.util.Objects;
import java.util.UUID;

/**
 * A command with what the pipeline records beside it. The command id is the dedupe key: the same id is
 * executed once whatever the number of deliveries. The issuer comes from the caller's token (or names a
 * system actor such as {@code system:deadline}), never from a request body.
 *
 * @param traceparent W3C trace context of the request that caused the command, or {@code null}
 */
public record CommandEnvelope<C>(UUID commandId, String issuer, UUID correlationId, UUID causationId,
                                 String traceparent, C command) {

    public CommandEnvelope {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(command, "command");
    }

    /** A command that starts a conversation: it correlates with itself and has no cause. */
    public static <C> CommandEnvelope<C> of(UUID commandId, String issuer, C command) {
        return new CommandEnvelope<>(commandId, issuer, commandId, null, null, command);
    }
}
