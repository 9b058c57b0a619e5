package dev.eventualshop.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.projection.Ordering.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderingTest {

    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    static ProjectionDocument<String> atVersion(long version, SourcePosition... sources) {
        return new ProjectionDocument<>("doc", version, version + sources.length, "view", Set.of(), List.of(sources),
                Instant.EPOCH);
    }

    static Delivery own(long version) {
        return Delivery.own(UUID.randomUUID(), "shop.Cart", "c1", version, "event");
    }

    static Delivery integration(String streamId, long version, UUID messageId) {
        return Delivery.integration(messageId, "catalog.Product", streamId, version, "event");
    }

    @Test
    void an_own_event_applies_only_at_the_next_version() {
        assertThat(Ordering.of(null, own(1))).isEqualTo(Verdict.APPLY);
        assertThat(Ordering.of(atVersion(2), own(3))).isEqualTo(Verdict.APPLY);
    }

    @Test
    void an_own_event_at_or_below_the_version_is_a_duplicate() {
        assertThat(Ordering.of(atVersion(2), own(2))).isEqualTo(Verdict.DUPLICATE);
        assertThat(Ordering.of(atVersion(2), own(1))).isEqualTo(Verdict.DUPLICATE);
    }

    @Test
    void an_own_event_beyond_the_next_version_is_early() {
        assertThat(Ordering.of(null, own(2))).isEqualTo(Verdict.EARLY);
        assertThat(Ordering.of(atVersion(2), own(4))).isEqualTo(Verdict.EARLY);
    }

    @Test
    void an_integration_event_applies_when_its_source_is_new_or_newer() {
        SourcePosition p1 = new SourcePosition("catalog.Product/p1", 3, List.of(A));
        assertThat(Ordering.of(null, integration("p1", 1, A))).isEqualTo(Verdict.APPLY);
        assertThat(Ordering.of(atVersion(0, p1), integration("p2", 1, B))).isEqualTo(Verdict.APPLY);
        assertThat(Ordering.of(atVersion(0, p1), integration("p1", 4, B))).isEqualTo(Verdict.APPLY);
    }

    @Test
    void an_integration_event_already_seen_or_older_is_a_duplicate() {
        SourcePosition p1 = new SourcePosition("catalog.Product/p1", 3, List.of(A));
        assertThat(Ordering.of(atVersion(0, p1), integration("p1", 3, A))).isEqualTo(Verdict.DUPLICATE);
        assertThat(Ordering.of(atVersion(0, p1), integration("p1", 2, B))).isEqualTo(Verdict.DUPLICATE);
    }

    @Test
    void another_message_at_the_same_source_version_applies() {
        SourcePosition p1 = new SourcePosition("catalog.Product/p1", 3, List.of(A));
        assertThat(Ordering.of(atVersion(0, p1), integration("p1", 3, B))).isEqualTo(Verdict.APPLY);
    }

    @Test
    void recording_an_integration_event_keeps_the_newest_version_per_source() {
        List<SourcePosition> sources = Ordering.record(List.of(), integration("p1", 3, A));
        sources = Ordering.record(sources, integration("p1", 3, B));
        assertThat(sources).containsExactly(new SourcePosition("catalog.Product/p1", 3, List.of(A, B)));

        sources = Ordering.record(sources, integration("p1", 5, A));
        sources = Ordering.record(sources, integration("p2", 1, B));
        assertThat(sources).containsExactly(new SourcePosition("catalog.Product/p1", 5, List.of(A)),
                new SourcePosition("catalog.Product/p2", 1, List.of(B)));
    }

    @Test
    void a_message_without_a_stream_is_its_own_source_and_applies_once() {
        Delivery lone = Delivery.integration(A, null, null, 0, "event");
        List<SourcePosition> sources = Ordering.record(List.of(), lone);

        assertThat(sources).containsExactly(new SourcePosition("message/" + A, 0, List.of(A)));
        assertThat(Ordering.of(atVersion(0, sources.toArray(SourcePosition[]::new)), lone))
                .isEqualTo(Verdict.DUPLICATE);
    }
}
