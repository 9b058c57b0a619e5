package dev.eventualshop.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The rules that make a projection exactly-once in effect over an at-least-once, sometimes reordering broker
 * (RELIABILITY.md F6, F17):
 * <ul>
 *   <li>an own domain event at the document's next version applies; one at or below it is a duplicate; one
 *       beyond it is early and waits for the versions before it;</li>
 *   <li>an integration event applies when its source version is newer than the document has seen of that
 *       source, or equal but carried by a message not applied yet; otherwise it is a duplicate or stale.</li>
 * </ul>
 */
public final class Ordering {

    /** What to do with a delivery, given the document as stored. */
    public enum Verdict { APPLY, DUPLICATE, EARLY }

    private Ordering() {
    }

    public static Verdict of(ProjectionDocument<?> document, Delivery delivery) {
        return delivery.kind() == Delivery.Kind.OWN ? ofOwn(document, delivery) : ofIntegration(document, delivery);
    }

    static Verdict ofOwn(ProjectionDocument<?> document, Delivery delivery) {
        long applied = document == null ? 0 : document.version();
        if (delivery.version() <= applied) {
            return Verdict.DUPLICATE;
        }
        return delivery.version() == applied + 1 ? Verdict.APPLY : Verdict.EARLY;
    }

    static Verdict ofIntegration(ProjectionDocument<?> document, Delivery delivery) {
        SourcePosition seen = document == null ? null : find(document.sources(), delivery.streamKey());
        if (seen == null || delivery.version() > seen.version()) {
            return Verdict.APPLY;
        }
        return delivery.version() == seen.version() && !seen.messageIds().contains(delivery.messageId())
                ? Verdict.APPLY : Verdict.DUPLICATE;
    }

    /** The sources after applying the integration event {@code delivery}. */
    public static List<SourcePosition> record(List<SourcePosition> sources, Delivery delivery) {
        List<SourcePosition> next = new ArrayList<>(sources.size() + 1);
        SourcePosition updated = null;
        for (SourcePosition source : sources) {
            if (source.stream().equals(delivery.streamKey())) {
                updated = advance(source, delivery);
                next.add(updated);
            } else {
                next.add(source);
            }
        }
        if (updated == null) {
            next.add(new SourcePosition(delivery.streamKey(), delivery.version(), List.of(delivery.messageId())));
        }
        return next;
    }

    private static SourcePosition advance(SourcePosition source, Delivery delivery) {
        if (delivery.version() > source.version()) {
            return new SourcePosition(source.stream(), delivery.version(), List.of(delivery.messageId()));
        }
        List<UUID> ids = new ArrayList<>(source.messageIds());
        ids.add(delivery.messageId());
        return new SourcePosition(source.stream(), source.version(), ids);
    }

    private static SourcePosition find(List<SourcePosition> sources, String stream) {
        for (SourcePosition source : sources) {
            if (source.stream().equals(stream)) {
                return source;
            }
        }
        return null;
    }
}
