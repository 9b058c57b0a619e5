package dev.eventualshop.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A downstream consumer for the tests: records every delivery and applies events per stream strictly by
 * version, the way a projection does: a duplicate changes nothing, a gap fails, a poisoned message fails.
 */
public class Recorder {

    private final List<InboundMessage> deliveries = new ArrayList<>();
    private final Map<String, Long> applied = new ConcurrentHashMap<>();
    private final Set<String> poison = ConcurrentHashMap.newKeySet();
    private final AtomicInteger duplicates = new AtomicInteger();

    public void handle(InboundMessage message) {
        synchronized (deliveries) {
            deliveries.add(message);
        }
        if (poison.contains(message.streamKey() + "#" + message.version())) {
            throw new IllegalStateException("poisoned " + message.streamKey() + "#" + message.version());
        }
        long last = applied.getOrDefault(message.streamKey(), 0L);
        if (message.version() <= last) {
            duplicates.incrementAndGet();
            return;
        }
        if (message.version() != last + 1) {
            throw new IllegalStateException("gap in %s: have %d, got %d".formatted(message.streamKey(), last,
                    message.version()));
        }
        applied.put(message.streamKey(), message.version());
    }

    public void poison(String streamKey, long version) {
        poison.add(streamKey + "#" + version);
    }

    public void cure() {
        poison.clear();
    }

    public long applied(String streamKey) {
        return applied.getOrDefault(streamKey, 0L);
    }

    public int duplicates() {
        return duplicates.get();
    }

    /** Deliveries of one stream, in the order they arrived. */
    public List<InboundMessage> deliveries(String streamKey) {
        synchronized (deliveries) {
            return deliveries.stream().filter(m -> m.streamKey().equals(streamKey)).toList();
        }
    }

    public List<InboundMessage> all() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }
}
