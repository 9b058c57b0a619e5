package dev.eventualshop.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import tools.jackson.databind.json.JsonMapper;

/**
 * A command's outcome as published to {@link Topology#OUTCOMES}: SUCCEEDED, REJECTED with a reason, or FAILED
 * when a consumer parked or dead-lettered the command. The gateway keys it to the issuer.
 */
public record OutcomeMessage(UUID commandId, String commandType, String issuer, String status, String reason,
                             String message, Long aggregateVersion) {

    /** The AMQP {@code type} of outcome messages. */
    public static final String TYPE = "commands.Outcome";

    /**
     * This outcome as an AMQP message, the one shape both publishers send: the relay for recorded outcomes,
     * a command consumer for FAILED ones. The command is the outcome's causation.
     */
    public Message toAmqp(UUID messageId, UUID correlationId, String traceparent, Instant at, JsonMapper mapper) {
        return new Message(mapper.writeValueAsString(this).getBytes(StandardCharsets.UTF_8), MessageHeaders.properties(
                messageId, TYPE, 1, correlationId, commandId, issuer, traceparent, at));
    }
}
