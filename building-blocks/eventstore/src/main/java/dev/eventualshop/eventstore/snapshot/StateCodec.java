package dev.eventualshop.eventstore.snapshot;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON for aggregate states without annotations in the domain. A state declared as a sealed family (the
 * recommended shape: {@code sealed interface Cart permits Empty, Active, ...}) is written as
 * {@code {"type": "<simple name>", "state": {...}}} and read back by looking the name up among the permitted
 * subtypes; any other state is written as itself.
 */
final class StateCodec {

    private final JsonMapper mapper;

    StateCodec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String write(Object state, Class<?> declaredType) {
        if (!declaredType.isSealed()) {
            return mapper.writeValueAsString(state);
        }
        ObjectNode wrapper = mapper.createObjectNode();
        wrapper.put("type", state.getClass().getSimpleName());
        wrapper.set("state", mapper.valueToTree(state));
        return mapper.writeValueAsString(wrapper);
    }

    <S> S read(String json, Class<S> declaredType) {
        if (!declaredType.isSealed()) {
            return mapper.readValue(json, declaredType);
        }
        JsonNode wrapper = mapper.readTree(json);
        String name = wrapper.path("type").asString();
        Class<?> concrete = permitted(declaredType).get(name);
        if (concrete == null) {
            throw new IllegalArgumentException("no subtype " + name + " of " + declaredType.getName());
        }
        return declaredType.cast(mapper.treeToValue(wrapper.get("state"), concrete));
    }

    private static Map<String, Class<?>> permitted(Class<?> sealed) {
        Map<String, Class<?>> byName = new HashMap<>();
        collect(sealed, byName);
        return byName;
    }

    private static void collect(Class<?> type, Map<String, Class<?>> byName) {
        if (type.isSealed()) {
            for (Class<?> subtype : type.getPermittedSubclasses()) {
                collect(subtype, byName);
            }
        } else {
            byName.put(type.getSimpleName(), type);
        }
    }
}
