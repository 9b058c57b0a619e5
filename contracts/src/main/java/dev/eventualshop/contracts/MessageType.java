package dev.eventualshop.contracts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identity of a message on the wire and in the event store: a type name that never changes when a
 * Java class is renamed or moved, and the revision of its current shape. Older revisions are turned into the
 * current one by upcasters on read.
 *
 * @param name     dotted name, {@code <context>.<Message>}, e.g. {@code shoppingcart.ItemAdded}
 * @param revision the current revision of the payload's shape, from 1
 * @param javaType the record that carries the current revision
 */
public record MessageType(String name, int revision, Class<?> javaType) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)+");

    public MessageType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaType, "javaType");
        if (!NAME.matcher(name).matches() || name.length() > 128) {
            throw new IllegalArgumentException("a message type name is <context>.<Message>, got: " + name);
        }
        if (revision < 1) {
            throw new IllegalArgumentException("revisions start at 1, got " + revision + " for " + name);
        }
    }
}
