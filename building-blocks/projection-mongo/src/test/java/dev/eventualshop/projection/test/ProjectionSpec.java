package dev.eventualshop.projection.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.projection.Delivery;
import dev.eventualshop.projection.Projection;
import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.projection.ProjectionRunner;
import dev.eventualshop.projection.ProjectionRunner.Outcome;
import dev.eventualshop.projection.ProjectionUpdate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Given/when/then scenarios for a {@link Projection}, run through the real {@link ProjectionRunner} on an
 * in-memory store, so duplicates and out-of-order events are tested with the rules production uses:
 *
 * <pre>{@code
 * ProjectionSpec<Balance> balances = ProjectionSpec.of(new BalanceProjection());
 * balances.given(issued).when(redeemed).then(new Balance(card, "CODE", 70, "ACTIVE"));
 * balances.given(issued, redeemed).when(balances.at(2, redeemed)).thenOutcomes(DUPLICATE).thenVersion(2);
 * balances.given(issued).when(balances.at(3, expired), balances.at(2, redeemed)).thenVersion(3);
 * }</pre>
 *
 * <p>A plain event is an own domain event of the spec's stream at the next version; {@link #at} and
 * {@link #from} place an event explicitly. Every scenario also checks three properties: {@code evolve} is
 * deterministic, every view survives its round trip through the storage codec, and delivering the whole
 * history again changes no document (exactly-once in effect).
 */
public final class ProjectionSpec<V> {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final UUID MESSAGES = UUID.fromString("6c1f3a0e-2b7d-4e4a-9d52-1f0b8c3e7a90");

    private final Projection<V> projection;
    private final String streamId;

    private ProjectionSpec(Projection<V> projection, String streamId) {
        this.projection = Objects.requireNonNull(projection, "projection");
        this.streamId = streamId;
    }

    public static <V> ProjectionSpec<V> of(Projection<V> projection) {
        return new ProjectionSpec<>(projection, "stream-1");
    }

    /** The same scenarios on the stream {@code id} (plain events belong to it). */
    public ProjectionSpec<V> onStream(String id) {
        return new ProjectionSpec<>(projection, id);
    }

    /** An own domain event at {@code version} of the spec's stream, with a message id of its own. */
    public Delivery at(long version, Object event) {
        return Delivery.own(Uuids.v5(MESSAGES, "own/" + streamId + "#" + version), projection.streamType(), streamId,
                version, event);
    }

    /** An integration event of the source stream {@code <streamType>/<streamId>} at {@code version}. */
    public Delivery from(String sourceStreamType, String sourceStreamId, long version, Object event) {
        return Delivery.integration(Uuids.v5(MESSAGES, sourceStreamType + "/" + sourceStreamId + "#" + version + "/"
                + event), sourceStreamType, sourceStreamId, version, event);
    }

    public Given given(Object... history) {
        Given given = new Given();
        given.deliver(history);
        return given;
    }

    /** The history, applied; {@link #when} runs the scenario (once per {@code Given}). */
    public final class Given {
        private final InMemoryProjectionStore store = new InMemoryProjectionStore();
        private final List<ProjectionUpdate> updates = new ArrayList<>();
        private final ProjectionRunner runner = new ProjectionRunner(store, updates::add,
                Clock.fixed(NOW, ZoneOffset.UTC));
        private final CheckedProjection<V> checked = new CheckedProjection<>(projection);
        private final List<Delivery> delivered = new ArrayList<>();
        private String lastDocument;
        private long nextVersion = 1;

        private Given() {
        }

        private List<Outcome> deliver(Object... events) {
            List<Outcome> outcomes = new ArrayList<>();
            for (Object event : events) {
                Delivery delivery = event instanceof Delivery explicit ? explicit : at(nextVersion, event);
                if (delivery.kind() == Delivery.Kind.OWN && streamId.equals(delivery.streamId())) {
                    nextVersion = Math.max(nextVersion, delivery.version() + 1);
                }
                delivered.add(delivery);
                outcomes.add(runner.apply(checked, delivery));
                String id = documentOf(delivery);
                lastDocument = id == null ? lastDocument : id;
            }
            return outcomes;
        }

        public When when(Object... events) {
            int before = updates.size();
            List<Outcome> outcomes = deliver(events);
            List<ProjectionUpdate> announced = List.copyOf(updates.subList(before, updates.size()));
            assertRedeliveryChangesNothing();
            return new When(this, outcomes, announced);
        }

        private void assertRedeliveryChangesNothing() {
            Map<String, ProjectionDocument<?>> documents = store.all(projection);
            for (Delivery delivery : List.copyOf(delivered)) {
                runner.apply(checked, delivery);
            }
            assertThat(store.all(projection))
                    .as("documents after every event of the scenario was delivered again (exactly-once in effect)")
                    .isEqualTo(documents);
        }

        private String documentOf(Delivery delivery) {
            if (delivery.kind() == Delivery.Kind.OWN) {
                return Objects.equals(projection.streamType(), delivery.streamType())
                        ? projection.idOfStream(delivery.streamId()) : null;
            }
            return projection.takes(delivery.payload()) ? projection.idOf(delivery.payload()) : null;
        }
    }

    /** The outcome; assert on it with the {@code then} methods. */
    public final class When {
        private final Given given;
        private final List<Outcome> outcomes;
        private final List<ProjectionUpdate> announced;

        private When(Given given, List<Outcome> outcomes, List<ProjectionUpdate> announced) {
            this.given = given;
            this.outcomes = outcomes;
            this.announced = announced;
        }

        /** The document the last event concerned (or, failing that, the one of the spec's stream). */
        public ProjectionDocument<V> document() {
            String id = given.lastDocument != null ? given.lastDocument
                    : projection.streamType() == null ? null : projection.idOfStream(streamId);
            return id == null ? null : given.store.find(projection, id);
        }

        /** Asserts the document's view. */
        public When then(V expected) {
            assertThat(document()).as("the document of %s", projection.view()).isNotNull();
            assertThat(document().view()).as("view of %s %s", projection.view(), document().id()).isEqualTo(expected);
            return this;
        }

        /** Asserts no document exists (or it has no view). */
        public When thenNoView() {
            ProjectionDocument<V> document = document();
            assertThat(document == null ? null : document.view()).as("view of %s", projection.view()).isNull();
            return this;
        }

        /** Asserts the document's version: the last own-stream version applied. */
        public When thenVersion(long version) {
            assertThat(document()).as("the document of %s", projection.view()).isNotNull();
            assertThat(document().version()).as("version of %s %s", projection.view(), document().id())
                    .isEqualTo(version);
            return this;
        }

        public When thenOwners(String... owners) {
            assertThat(document().owners()).as("owners").containsExactlyInAnyOrder(owners);
            return this;
        }

        /** Asserts what became of each event of {@code when}, in order. */
        public When thenOutcomes(Outcome... expected) {
            assertThat(outcomes).as("outcomes of the events of when").containsExactly(expected);
            return this;
        }

        /** Asserts the own-stream versions that still wait for their predecessors. */
        public When thenWaiting(Long... versions) {
            String id = projection.idOfStream(streamId);
            assertThat(given.store.waitingVersions(projection, id)).as("versions waiting").containsExactly(versions);
            return this;
        }

        /** Asserts the versions of the updates announced while handling {@code when}, in order. */
        public When thenAnnounced(Long... versions) {
            assertThat(announced).extracting(ProjectionUpdate::version).as("versions announced").containsExactly(versions);
            return this;
        }

        public List<ProjectionUpdate> announced() {
            return announced;
        }
    }
}
