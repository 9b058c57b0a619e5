package dev.eventualshop.gateway.command;

import java.time.Instant;
import java.util.UUID;

/**
 * A command with what the gateway adds: its id, who issued it (the token's {@code sub}), the correlation id of
 * the flow it starts, and when it was issued.
 */
public record StampedCommand(UUID commandId, String issuer, UUID correlationId, Instant issuedAt,
                             OutgoingCommand command) {
}
