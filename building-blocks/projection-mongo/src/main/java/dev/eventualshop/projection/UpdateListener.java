package dev.eventualshop.projection;

/**
 * Told after a document was written, never before. A failure propagates, so the event is retried: its
 * redelivery is then a duplicate, and the runner announces the document again (under the same update), so a
 * lost notification is made good.
 */
@FunctionalInterface
public interface UpdateListener {

    UpdateListener NONE = update -> { };

    void updated(ProjectionUpdate update);
}
