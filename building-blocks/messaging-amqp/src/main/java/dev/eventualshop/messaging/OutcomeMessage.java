package dev.eventualshop.messaging;

import java.util.UUID;

/**
 * A command's outcome as published to {@link Topology#OUTCOMES}: SUCCEEDED, REJECTED with a reason, or FAILED
 * when a consumer parked or dead-lettered the command. The gateway keys it to the issuer.
 */
public record OutcomeMessage(UUID commandId, String commandType, String issuer, String status, String reason,
                             String message, Long aggregateVersion) {

    /** The AMQP {@code type} of outcome messages. */
    public static final String TYPE = "commands.Outcome";
}
