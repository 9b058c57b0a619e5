package dev.eventualshop.projection.mongo;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.eventualshop.messaging.InboundMessage;
import dev.eventualshop.messaging.consumer.ParkedMessage;
import dev.eventualshop.messaging.consumer.ParkingLot;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Parked messages of a query service, in its MongoDB ({@code parked_messages}). Ids come from a counter
 * document ({@code parked_messages_sequence}) incremented atomically, so they are longs, as
 * {@link ParkedMessage#id()} is, and increase in parking order: a stream's messages are listed and replayed
 * in the order they were parked. Headers are kept as a list of name/value pairs, since a header name may
 * contain a dot, which MongoDB reads as a path.
 */
public final class MongoParkingLot implements ParkingLot {

    static final String COLLECTION = "parked_messages";
    static final String SEQUENCE = "parked_messages_sequence";
    private static final int MAX_REASON = 2000;

    private final MongoOperations mongo;
    private final Clock clock;
    private volatile boolean indexed;

    public MongoParkingLot(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public boolean isParked(String queue, String streamKey) {
        ensureIndex();
        return mongo.execute(COLLECTION, c -> c.find(streamFilter(queue, streamKey)).limit(1).first()) != null;
    }

    @Override
    public void park(String queue, InboundMessage message, String reason) {
        ensureIndex();
        List<Document> headers = new ArrayList<>();
        ParkedMessage.headersOf(message)
                .forEach((name, value) -> headers.add(new Document("name", name).append("value", value)));
        Document parked = new Document("_id", nextId())
                .append("queue", queue)
                .append("streamKey", message.streamKey())
                .append("messageId", message.messageId().toString())
                .append("type", message.type())
                .append("headers", headers)
                .append("body", message.body())
                .append("reason", reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason)
                .append("parkedAt", Date.from(clock.instant()));
        mongo.execute(COLLECTION, c -> c.insertOne(parked));
    }

    @Override
    public List<ParkedMessage> list(String queue) {
        return find(queue == null ? Filters.empty() : Filters.eq("queue", queue));
    }

    @Override
    public List<ParkedMessage> ofStream(String queue, String streamKey) {
        return find(streamFilter(queue, streamKey));
    }

    @Override
    public void remove(long id) {
        mongo.execute(COLLECTION, c -> c.deleteOne(Filters.eq("_id", id)));
    }

    /**
     * Every consumed message asks {@link #isParked}: the index keeps that lookup cheap. It is created on first
     * use, so a service starts while MongoDB is down and its consumers back off instead.
     */
    private void ensureIndex() {
        if (!indexed) {
            mongo.execute(COLLECTION, c -> c.createIndex(Indexes.ascending("queue", "streamKey", "_id")));
            indexed = true;
        }
    }

    private long nextId() {
        Document counter = mongo.execute(SEQUENCE, c -> c.findOneAndUpdate(Filters.eq("_id", COLLECTION),
                Updates.inc("value", 1L), new FindOneAndUpdateOptions().upsert(true)
                        .returnDocument(ReturnDocument.AFTER)));
        return ((Number) counter.get("value")).longValue();
    }

    private List<ParkedMessage> find(Bson filter) {
        List<ParkedMessage> parked = new ArrayList<>();
        mongo.execute(COLLECTION, c -> c.find(filter).sort(Sorts.ascending("_id")).into(new ArrayList<>()))
                .forEach(document -> parked.add(parked(document)));
        return parked;
    }

    private static Bson streamFilter(String queue, String streamKey) {
        return Filters.and(Filters.eq("queue", queue), Filters.eq("streamKey", streamKey));
    }

    private static ParkedMessage parked(Document document) {
        Map<String, Object> headers = new LinkedHashMap<>();
        document.getList("headers", Document.class, List.of())
                .forEach(header -> headers.put(header.getString("name"), header.get("value")));
        return new ParkedMessage(((Number) document.get("_id")).longValue(), document.getString("queue"),
                document.getString("streamKey"), document.getString("messageId"), document.getString("type"), headers,
                document.getString("body"), document.getString("reason"), document.getDate("parkedAt").toInstant());
    }
}
