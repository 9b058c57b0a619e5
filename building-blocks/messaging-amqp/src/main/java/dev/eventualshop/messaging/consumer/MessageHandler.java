package dev.eventualshop.messaging.consumer;

import dev.eventualshop.messaging.InboundMessage;

/**
 * Handles one consumed message. Returning normally acknowledges it; throwing is a failure that is retried,
 * then parked, unless {@link FailureClassifier} says a dependency is down (then the message is requeued and
 * the consumer backs off).
 */
@FunctionalInterface
public interface MessageHandler {

    void handle(InboundMessage message) throws Exception;
}
