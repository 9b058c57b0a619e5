package dev.eventualshop.eventstore;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON settings of stored and sent messages: a tolerant reader (unknown properties are ignored, so a
 * newer writer never breaks an older reader). HTTP uses Boot's strict mapper instead.
 *
 * <p>There is one mapper: a Jackson 3 mapper is immutable and thread-safe, and it caches the serializers and
 * deserializers it builds. The gateway's outcome and update readers built one per message, and with it every
 * deserializer again: a CPU profile under load found them among the gateway's hottest code.
 */
public final class MessageJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private MessageJson() {
    }

    /** The shared tolerant mapper. */
    public static JsonMapper mapper() {
        return MAPPER;
    }
}
