package dev.eventualshop.messaging.consumer;

/** A message that no retry can make readable: it goes to the queue's dead-letter queue. */
public class UnparseableMessageException extends RuntimeException {

    public UnparseableMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
