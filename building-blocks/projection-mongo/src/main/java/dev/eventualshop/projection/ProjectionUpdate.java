package dev.eventualshop.projection;

import java.util.Set;

/**
 * What a query service announces after each write of a document, so the gateway can push it to the readers
 * ({@code owners}) as a server-sent event.
 *
 * @param version  the document's version: its aggregate's version for a document built from own events
 * @param revision the document's write count; with {@code view} and {@code id} it names the update uniquely
 */
public record ProjectionUpdate(String view, String id, long version, long revision, Set<String> owners) {

    /** The AMQP {@code type} of update notifications. */
    public static final String TYPE = "projections.Updated";

    public ProjectionUpdate {
        owners = Set.copyOf(owners);
    }

    public static ProjectionUpdate of(String view, ProjectionDocument<?> document) {
        return new ProjectionUpdate(view, document.id(), document.version(), document.revision(), document.owners());
    }
}
