package dev.eventualshop.messaging.consumer;

import java.util.List;
import java.util.Objects;

/**
 * One queue a service consumes: the exchange it is bound to, the routing keys (message types) it takes, and
 * how. An ordered queue (events) has a single active consumer on RabbitMQ and a prefetch of one, so a stream
 * is handled in order; an unordered one (commands) is consumed concurrently. An auto-delete queue (a gateway
 * replica's own queue of notifications) is neither durable nor given a dead-letter queue, and disappears with
 * its last consumer.
 */
public record ConsumerBinding(String queue, String exchange, List<String> routingKeys, boolean ordered,
                              int concurrency, PayloadDecoder decoder, MessageHandler handler,
                              ResilientListener.ParkedListener onParked, boolean autoDelete) {

    public ConsumerBinding {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(exchange, "exchange");
        routingKeys = List.copyOf(routingKeys);
        if (routingKeys.isEmpty()) {
            throw new IllegalArgumentException("queue " + queue + " binds no routing key");
        }
        if (concurrency < 1 || ordered && concurrency != 1) {
            throw new IllegalArgumentException("an ordered queue has one consumer, others at least one");
        }
        Objects.requireNonNull(decoder, "decoder");
        Objects.requireNonNull(handler, "handler");
        onParked = onParked == null ? ResilientListener.ParkedListener.NONE : onParked;
    }

    /** A durable queue. */
    public ConsumerBinding(String queue, String exchange, List<String> routingKeys, boolean ordered, int concurrency,
                           PayloadDecoder decoder, MessageHandler handler, ResilientListener.ParkedListener onParked) {
        this(queue, exchange, routingKeys, ordered, concurrency, decoder, handler, onParked, false);
    }

    /** A queue of this process alone, deleted when it stops consuming: for notifications, not for work. */
    public static ConsumerBinding autoDelete(String queue, String exchange, List<String> routingKeys,
                                             PayloadDecoder decoder, MessageHandler handler) {
        return new ConsumerBinding(queue, exchange, routingKeys, true, 1, decoder, handler, null, true);
    }

    /** An ordered queue of events, handled one at a time. */
    public static ConsumerBinding ordered(String queue, String exchange, List<String> routingKeys,
                                          PayloadDecoder decoder, MessageHandler handler) {
        return new ConsumerBinding(queue, exchange, routingKeys, true, 1, decoder, handler, null);
    }
}
