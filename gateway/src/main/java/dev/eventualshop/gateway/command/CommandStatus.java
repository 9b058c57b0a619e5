package dev.eventualshop.gateway.command;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * Where a command stands, as {@code GET /api/v1/commands/{id}} shows it: PENDING from acknowledgement, then
 * SUCCEEDED, REJECTED (with a reason) or FAILED, from its outcome.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommandStatus(UUID commandId, String status, String reason, String message, UUID resourceId,
                            Long aggregateVersion, @JsonIgnore String issuer) {

    public static final String PENDING = "PENDING";
}
