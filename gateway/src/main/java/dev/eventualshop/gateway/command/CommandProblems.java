package dev.eventualshop.gateway.command;

import dev.eventualshop.gateway.GatewayProperties;
import dev.eventualshop.web.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** 503 with {@code Retry-After} when a command could not be handed over; 400 for a bad {@code Idempotency-Key}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandProblems {

    private static final Logger log = LoggerFactory.getLogger(CommandProblems.class);

    private final GatewayProperties properties;

    CommandProblems(GatewayProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(HandOverFailedException.class)
    ResponseEntity<ProblemDetail> unavailable(HandOverFailedException e) {
        log.warn("Command not accepted: {}", e.getMessage());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, properties.retryAfter().toSeconds())));
        return Problems.response(Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                "The command could not be accepted now; nothing was done. Retry later with the same Idempotency-Key."),
                headers);
    }

    @ExceptionHandler(InvalidIdempotencyKeyException.class)
    ResponseEntity<ProblemDetail> invalidKey() {
        return Problems.response(Problems.invalid("Idempotency-Key",
                "must be 1 to " + CommandGateway.MAX_KEY_LENGTH + " printable characters"));
    }
}
