package dev.eventualshop.eventstore.outbox;

import java.util.UUID;

/** A command for another context, as an outbox entry carries it until the relay has published it. */
public record StoredCommand(UUID commandId, String type, int revision, String json) {

    /** The context the command goes to: the first part of its type name. */
    public String context() {
        return type.substring(0, type.indexOf('.'));
    }

    @Override
    public String toString() {
        return "StoredCommand[commandId=" + commandId + ", type=" + type + "]";
    }
}
