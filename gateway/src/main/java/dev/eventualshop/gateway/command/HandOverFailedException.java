package dev.eventualshop.gateway.command;

/**
 * A command could not be handed over: the broker did not confirm it (unreachable, nacked, returned as
 * unroutable, too slow), or identity-command could not be reached. Nothing was
 * accepted, and the client may retry with the same {@code Idempotency-Key}.
 */
public class HandOverFailedException extends RuntimeException {

    public HandOverFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
