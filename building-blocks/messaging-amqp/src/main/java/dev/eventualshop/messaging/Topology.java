package dev.eventualshop.messaging;

import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.TopicExchange;

/**
 * The names of exchanges and queues. A context publishes commands to {@code <ctx>.commands} (direct, routing
 * key = command type), its domain events to {@code <ctx>.domain-events} and its integration events to
 * {@code <ctx>.events} (topic, routing key = event type). A consuming service has one durable queue per
 * source, {@code <service>.<exchange>}, so per-stream order holds within the queue (never one queue per
 * event type).
 */
public final class Topology {

    /** Outcomes of every command, for the gateway (topic, routing key = command type). */
    public static final String OUTCOMES = "commands.outcomes";
    /** Read-model update notifications (fanout), for the gateway's server-sent events. */
    public static final String PROJECTION_UPDATES = "projections.updates";

    private Topology() {
    }

    public static String commands(String context) {
        return context + ".commands";
    }

    public static String domainEvents(String context) {
        return context + ".domain-events";
    }

    public static String events(String context) {
        return context + ".events";
    }

    /** The queue through which {@code service} consumes {@code exchange}. */
    public static String queue(String service, String exchange) {
        return service + "." + exchange;
    }

    /**
     * The exchange named {@code name}, of the type the conventions give it: direct for commands, fanout for
     * projection updates, topic otherwise. Every party declares it alike, so declarations never conflict.
     */
    public static Exchange exchange(String name) {
        if (name.endsWith(".commands")) {
            return new DirectExchange(name, true, false);
        }
        if (name.equals(PROJECTION_UPDATES)) {
            return new FanoutExchange(name, true, false);
        }
        return new TopicExchange(name, true, false);
    }

    /** Where unparseable messages of {@code queue} go. */
    public static String deadLetters(String queue) {
        return queue + ".dlq";
    }
}
