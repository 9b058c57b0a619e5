package dev.eventualshop.messaging.consumer;

import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * The operator's view of parked messages: {@code GET /actuator/parked} lists them all,
 * {@code GET /actuator/parked/{queue}} those of one queue, and {@code POST /actuator/parked} with
 * {@code {"queue": ..., "streamKey": ...}} replays one stream in order. Actuator endpoints are never exposed
 * on the public API.
 */
@Endpoint(id = "parked")
public class ParkedMessagesEndpoint {

    private final ParkedMessages parked;

    public ParkedMessagesEndpoint(ParkedMessages parked) {
        this.parked = parked;
    }

    @ReadOperation
    public List<ParkedMessage> all() {
        return parked.list(null);
    }

    @ReadOperation
    public List<ParkedMessage> ofQueue(@Selector String queue) {
        return parked.list(queue);
    }

    @WriteOperation
    public ParkedMessages.ReplayResult replay(String queue, String streamKey) {
        return parked.replay(queue, streamKey);
    }
}
