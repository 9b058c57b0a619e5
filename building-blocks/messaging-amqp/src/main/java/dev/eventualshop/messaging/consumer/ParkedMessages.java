package dev.eventualshop.messaging.consumer;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator does with parked messages: list them, and replay a stream's in the order they were parked.
 * A replay stops at the first message that fails again (it stays parked, and so do those behind it); messages
 * that arrive for the stream during a replay park behind and are replayed in the same pass.
 */
public class ParkedMessages {

    private static final Logger log = LoggerFactory.getLogger(ParkedMessages.class);

    private final Consumers consumers;

    public ParkedMessages(Consumers consumers) {
        this.consumers = consumers;
    }

    public List<ParkedMessage> list(String queue) {
        return consumers.parking().list(queue);
    }

    /** Replays the stream's parked messages; returns how many were handled and removed. */
    public ReplayResult replay(String queue, String streamKey) {
        ResilientListener listener = consumers.listener(queue)
                .orElseThrow(() -> new IllegalArgumentException("this service consumes no queue " + queue));
        int replayed = 0;
        List<ParkedMessage> parked;
        while (!(parked = consumers.parking().ofStream(queue, streamKey)).isEmpty()) {
            ParkedMessage next = parked.getFirst();
            try {
                listener.replay(next);
            } catch (Exception e) {
                log.warn("Replay of {} on {} failed again; {} messages stay parked", next.messageId(), queue,
                        parked.size(), e);
                return new ReplayResult(replayed, parked.size(), e.toString());
            }
            consumers.parking().remove(next.id());
            replayed++;
        }
        return new ReplayResult(replayed, 0, null);
    }

    /** How a replay went: messages handled, messages still parked, and why it stopped early (if it did). */
    public record ReplayResult(int replayed, int stillParked, String failure) {
    }
}
