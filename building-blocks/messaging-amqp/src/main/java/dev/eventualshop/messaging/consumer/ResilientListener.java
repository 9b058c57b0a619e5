package dev.eventualshop.messaging.consumer;

import dev.eventualshop.messaging.InboundMessage;
import dev.eventualshop.messaging.Topology;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * The consuming rules of ARCHITECTURE.md for one queue:
 * <ol>
 *   <li>a message that cannot be read goes to {@code <queue>.dlq} (and is acknowledged);</li>
 *   <li>a message of a stream with parked messages parks behind them, so a stream is never applied out of
 *       order;</li>
 *   <li>a failing message is tried a few times, then parked, acknowledged and alerted;</li>
 *   <li>a failure because a dependency is down parks nothing and acknowledges nothing: the queue's consumer
 *       stops for a while, its unacknowledged messages go back in order, and it starts again later.</li>
 * </ol>
 * Parking and dead-lettering log an {@code ALERT} line and count in {@code eventualshop.messages.parked} and
 * {@code eventualshop.messages.dead-lettered} (tagged by queue), for the operator's alerting rules.
 */
public class ResilientListener implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(ResilientListener.class);

    private final String queue;
    private final InboundParser parser;
    private final MessageHandler handler;
    private final ParkingLot parking;
    private final RabbitTemplate deadLetters;
    private final ParkedListener onParked;
    private final ConsumerSettings settings;

    /**
     * Told when a message is parked or dead-lettered, e.g. to publish a FAILED outcome for a command: every
     * accepted command must end visibly (ARCHITECTURE.md, "Messaging and topology").
     */
    @FunctionalInterface
    public interface ParkedListener {
        ParkedListener NONE = (message, reason) -> { };

        void parked(InboundMessage message, String reason);

        /** A message that could not be read went to the dead-letter queue; only its AMQP properties are known. */
        default void deadLettered(Message message, String reason) {
        }
    }

    private final Runnable pause;

    public ResilientListener(String queue, PayloadDecoder decoder, MessageHandler handler, ParkingLot parking,
                             RabbitTemplate deadLetters, ParkedListener onParked, ConsumerSettings settings,
                             Runnable pause) {
        this.pause = pause;
        this.queue = queue;
        this.parser = new InboundParser(decoder, settings.maxBodyBytes());
        this.handler = handler;
        this.parking = parking;
        this.deadLetters = deadLetters;
        this.onParked = onParked;
        this.settings = settings;
    }

    @Override
    public void onMessage(Message message) {
        InboundMessage inbound;
        try {
            inbound = parser.parse(message);
        } catch (UnparseableMessageException e) {
            deadLetter(message, e);
            return;
        }
        if (parked(inbound)) {
            park(inbound, "behind an earlier parked message of " + inbound.streamKey());
            return;
        }
        Exception failure = null;
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            try {
                handler.handle(inbound);
                return;
            } catch (Exception e) {
                if (FailureClassifier.isOutage(e)) {
                    backOffForOutage(inbound, e);
                }
                failure = e;
                pause(settings.retryDelay().toMillis());
            }
        }
        log.error("ALERT queue {}: parking {} {} of {} after {} attempts", queue, inbound.type(), inbound.messageId(),
                inbound.streamKey(), settings.attempts(), failure);
        park(inbound, failure.toString());
        Metrics.counter("eventualshop.messages.parked", "queue", queue).increment();
    }

    /** Hands a parked message to the handler once more, for an operator's replay; throws if it fails again. */
    void replay(ParkedMessage parked) throws Exception {
        handler.handle(parser.parse(parked.toAmqp()));
    }

    String queue() {
        return queue;
    }

    private boolean parked(InboundMessage inbound) {
        try {
            return parking.isParked(queue, inbound.streamKey());
        } catch (RuntimeException e) {
            if (FailureClassifier.isOutage(e)) {
                backOffForOutage(inbound, e);
            }
            throw e;
        }
    }

    private void park(InboundMessage inbound, String reason) {
        try {
            parking.park(queue, inbound, reason);
        } catch (RuntimeException e) {
            if (FailureClassifier.isOutage(e)) {
                backOffForOutage(inbound, e);
            }
            throw e;
        }
        onParked.parked(inbound, reason);
    }

    private void deadLetter(Message message, UnparseableMessageException why) {
        log.error("ALERT queue {}: dead-lettering unreadable message {}: {}", queue,
                message.getMessageProperties().getMessageId(), why.getMessage());
        message.getMessageProperties().setHeader("x-dead-letter-reason", why.getMessage());
        Metrics.counter("eventualshop.messages.dead-lettered", "queue", queue).increment();
        try {
            deadLetters.send("", Topology.deadLetters(queue), message);
        } catch (RuntimeException e) {
            throw new IllegalStateException("could not dead-letter a message of " + queue + "; it is requeued", e);
        }
        try {
            onParked.deadLettered(message, why.getMessage());
        } catch (RuntimeException e) {
            log.warn("Queue {}: telling about dead-lettered message {} failed", queue,
                    message.getMessageProperties().getMessageId(), e);
        }
    }

    /**
     * Stops consuming the queue for a while (its unacknowledged messages go back in order) and requeues this
     * one, so no later message of a stream overtakes it while the dependency is down.
     */
    private void backOffForOutage(InboundMessage inbound, Exception outage) {
        log.warn("Queue {}: a dependency is down while handling {} ({}); pausing the queue for {}", queue,
                inbound.messageId(), outage.toString(), settings.outageBackoff());
        pause.run();
        throw new OutageException(outage);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutageException(e);
        }
    }

    /** Thrown to the container so the message is requeued, not acknowledged. */
    static final class OutageException extends RuntimeException {
        OutageException(Throwable cause) {
            super(cause);
        }
    }
}
