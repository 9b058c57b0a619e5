package dev.eventualshop.eventstore;

import java.util.Objects;

/**
 * Names one event stream: the stream type (one per aggregate kind, e.g. {@code shoppingcart.Cart}) and the
 * stream id within it (usually the aggregate's UUID).
 */
public record StreamRef(String type, String id) {

    public StreamRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (type.isBlank() || type.length() > 100) {
            throw new IllegalArgumentException("a stream type has 1 to 100 characters, got: " + type);
        }
        if (id.isBlank() || id.length() > 200) {
            throw new IllegalArgumentException("a stream id has 1 to 200 characters, got: " + id);
        }
    }

    @Override
    public String toString() {
        return type + "/" + id;
    }
}
