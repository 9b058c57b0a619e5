package dev.eventualshop.projection;

import java.util.List;

/**
 * One page of a {@link ProjectionSearch}: its documents, in order, and how many documents match in all.
 */
public record ProjectionPage<V>(List<ProjectionDocument<V>> documents, long total) {

    public ProjectionPage {
        documents = List.copyOf(documents);
    }
}
