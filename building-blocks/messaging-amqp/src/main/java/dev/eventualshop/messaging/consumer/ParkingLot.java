package dev.eventualshop.messaging.consumer;

import dev.eventualshop.messaging.InboundMessage;
import java.util.List;

/**
 * Durable storage of parked messages, per (queue, stream key), in parking order. Command services keep it in
 * their database ({@link JdbcParkingLot}); query services in MongoDB.
 */
public interface ParkingLot {

    boolean isParked(String queue, String streamKey);

    void park(String queue, InboundMessage message, String reason);

    /** Every parked message, or those of one queue, oldest first. */
    List<ParkedMessage> list(String queue);

    /** The parked messages of one stream on one queue, oldest first. */
    List<ParkedMessage> ofStream(String queue, String streamKey);

    void remove(long id);
}
