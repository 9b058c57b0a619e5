package dev.eventualshop.projection;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One stored document of a projection.
 *
 * @param version  the version of the own stream last applied (0 when none): for a document built from its
 *                 aggregate's events it equals the aggregate's version, which a client can compare with a
 *                 command outcome's
 * @param revision how many writes the document has had: the token of the conditional write, so two writers
 *                 (the own-event consumer and an integration consumer, say) never overwrite each other
 * @param view     {@code null} when the projection has no view for the document (yet)
 * @param owners   who may read it
 * @param sources  integration sources seen, with the newest version of each
 */
public record ProjectionDocument<V>(String id, long version, long revision, V view, Set<String> owners,
                                    List<SourcePosition> sources, Instant updatedAt) {

    public ProjectionDocument {
        owners = Set.copyOf(owners);
        sources = List.copyOf(sources);
    }
}
