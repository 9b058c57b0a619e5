package dev.eventualshop.eventstore;

import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the payload of one message type at {@link #fromRevision()} into the next revision's shape, so
 * events stored years ago load as today's records. Upcasters chain: 1 -> 2 -> 3.
 */
public interface Upcaster {

    /** The message type name this upcaster applies to. */
    String typeName();

    /** The revision this upcaster reads; it produces {@code fromRevision() + 1}. */
    int fromRevision();

    /** The payload in the next revision; may modify and return {@code payload}. */
    ObjectNode upcast(ObjectNode payload);
}
