package dev.eventualshop.contracts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A registry of {@link MessageType}s: type name to record and back. Each context publishes one for its
 * commands and events; a service merges the registries of the messages it reads or writes. Both directions
 * are one-to-one: a name maps to one record and a record to one name.
 */
public final class MessageTypes {

    private final Map<String, MessageType> byName;
    private final Map<Class<?>, MessageType> byClass;

    private MessageTypes(Map<String, MessageType> byName, Map<Class<?>, MessageType> byClass) {
        this.byName = Map.copyOf(byName);
        this.byClass = Map.copyOf(byClass);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The registry holding every type of {@code registries}; a name or class registered twice is an error. */
    public static MessageTypes merge(MessageTypes... registries) {
        Builder builder = builder();
        for (MessageTypes registry : registries) {
            registry.all().forEach(type -> builder.register(type.name(), type.revision(), type.javaType()));
        }
        return builder.build();
    }

    public Optional<MessageType> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The type registered for {@code javaType}; an unregistered message can never be written. */
    public MessageType of(Class<?> javaType) {
        MessageType type = byClass.get(javaType);
        if (type == null) {
            throw new IllegalArgumentException("no message type is registered for " + javaType.getName());
        }
        return type;
    }

    public boolean contains(Class<?> javaType) {
        return byClass.containsKey(javaType);
    }

    public Collection<MessageType> all() {
        return byName.values();
    }

    /** Collects message types; fails fast on a duplicate name or class. */
    public static final class Builder {
        private final Map<String, MessageType> byName = new LinkedHashMap<>();
        private final Map<Class<?>, MessageType> byClass = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder register(String name, int revision, Class<?> javaType) {
            MessageType type = new MessageType(name, revision, javaType);
            if (byName.putIfAbsent(name, type) != null) {
                throw new IllegalArgumentException("message type name registered twice: " + name);
            }
            if (byClass.putIfAbsent(javaType, type) != null) {
                throw new IllegalArgumentException(javaType.getName() + " registered under two names");
            }
            return this;
        }

        /** Registers {@code javaType} at revision 1. */
        public Builder register(String name, Class<?> javaType) {
            return register(name, 1, javaType);
        }

        public MessageTypes build() {
            return new MessageTypes(byName, byClass);
        }
    }
}
