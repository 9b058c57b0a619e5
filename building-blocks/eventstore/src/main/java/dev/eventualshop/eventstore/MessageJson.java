package dev.eventualshop.eventstore;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON settings of stored and sent messages: a tolerant reader (unknown properties are ignored, so a
 * newer writer never breaks an older reader). HTTP uses Boot's strict mapper instead.
 */
public final class MessageJson {

    private MessageJson() {
    }

    public static JsonMapper mapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }
}
