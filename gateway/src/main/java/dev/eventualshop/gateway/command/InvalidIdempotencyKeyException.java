package dev.eventualshop.gateway.command;

/** An {@code Idempotency-Key} that is blank, too long or holds a line feed. */
public class InvalidIdempotencyKeyException extends RuntimeException {

    public InvalidIdempotencyKeyException() {
        super("invalid Idempotency-Key");
    }
}
