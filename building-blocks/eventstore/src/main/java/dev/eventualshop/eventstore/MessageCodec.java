package dev.eventualshop.eventstore;

import dev.eventualshop.contracts.MessageType;
import dev.eventualshop.contracts.MessageTypes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes messages as JSON under their registered type name and revision, and reads them back as the current
 * record, upcasting older revisions on the way. Stored payloads never name Java classes.
 */
public final class MessageCodec {

    /** A message as stored or sent: its type, revision and JSON payload. */
    public record Serialized(String type, int revision, String json) {
    }

    private final JsonMapper mapper;
    private final MessageTypes types;
    private final Map<String, Upcaster> upcasters = new HashMap<>();
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    public MessageCodec(JsonMapper mapper, MessageTypes types, List<Upcaster> upcasters) {
        this.mapper = mapper;
        this.types = types;
        for (Upcaster upcaster : upcasters) {
            MessageType type = types.byName(upcaster.typeName()).orElseThrow(() -> new IllegalArgumentException(
                    "upcaster for unregistered type " + upcaster.typeName()));
            if (upcaster.fromRevision() < 1 || upcaster.fromRevision() >= type.revision()) {
                throw new IllegalArgumentException("upcaster %s from revision %d: the type is at revision %d"
                        .formatted(type.name(), upcaster.fromRevision(), type.revision()));
            }
            if (this.upcasters.put(key(upcaster.typeName(), upcaster.fromRevision()), upcaster) != null) {
                throw new IllegalArgumentException("two upcasters for %s revision %d"
                        .formatted(upcaster.typeName(), upcaster.fromRevision()));
            }
        }
    }

    public MessageTypes types() {
        return types;
    }

    public Serialized serialize(Object message) {
        MessageType type = types.of(message.getClass());
        return new Serialized(type.name(), type.revision(), mapper.writeValueAsString(message));
    }

    /** The current record for a stored message; older revisions pass through their upcasters. */
    public Object deserialize(String typeName, int revision, String json) {
        MessageType type = types.byName(typeName)
                .orElseThrow(() -> new UnknownMessageTypeException("unknown message type " + typeName));
        if (revision == type.revision()) {
            return reader(type.javaType()).readValue(json);
        }
        if (revision > type.revision()) {
            throw new UnknownMessageTypeException("%s revision %d is newer than this code's revision %d"
                    .formatted(typeName, revision, type.revision()));
        }
        JsonNode node = mapper.readTree(json);
        if (!(node instanceof ObjectNode payload)) {
            throw new IllegalArgumentException(typeName + " payload is not a JSON object");
        }
        for (int r = revision; r < type.revision(); r++) {
            Upcaster upcaster = upcasters.get(key(typeName, r));
            if (upcaster == null) {
                throw new UnknownMessageTypeException("no upcaster for %s revision %d".formatted(typeName, r));
            }
            payload = upcaster.upcast(payload);
        }
        return mapper.treeToValue(payload, type.javaType());
    }

    private ObjectReader reader(Class<?> javaType) {
        return readers.computeIfAbsent(javaType, mapper::readerFor);
    }

    private static String key(String typeName, int revision) {
        return typeName + '@' + revision;
    }

    /** A stored message this code cannot read: an unknown type, or a revision with no path to the current. */
    public static final class UnknownMessageTypeException extends RuntimeException {
        public UnknownMessageTypeException(String message) {
            super(message);
        }
    }
}
