package dev.eventualshop.gateway.command;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the client gets for an accepted command: {@code 202}, {@code Location: /api/v1/commands/{id}} and
 * {@code {commandId, status: "PENDING", resourceId}}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Acknowledgement(UUID commandId, String status, UUID resourceId) {

    public static Acknowledgement pending(UUID commandId, UUID resourceId) {
        return new Acknowledgement(commandId, CommandStatus.PENDING, resourceId);
    }

    public ResponseEntity<Acknowledgement> response() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/commands/" + commandId))
                .body(this);
    }
}
