package dev.eventualshop.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventualshop.projection.ProjectionRunner.Outcome;
import dev.eventualshop.projection.test.InMemoryProjectionStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The runner's mechanics the given/when/then kit does not show: write conflicts, announcement order, failures. */
class ProjectionRunnerTest {

    record Notes(List<String> lines) {
        Notes {
            lines = List.copyOf(lines);
        }
    }

    /** An integration event of another context that annotates a note. */
    record Remark(String noteId, String text) {
    }

    static final class NotesProjection implements Projection<Notes> {
        @Override
        public String view() {
            return "test.Notes";
        }

        @Override
        public Class<Notes> viewType() {
            return Notes.class;
        }

        @Override
        public String streamType() {
            return "test.Note";
        }

        @Override
        public Set<IntegrationSource> integrationEvents() {
            return Set.of(new IntegrationSource("other", Remark.class));
        }

        @Override
        public String idOf(Object event) {
            return ((Remark) event).noteId();
        }

        @Override
        public Notes evolve(Notes notes, Object event) {
            List<String> lines = new ArrayList<>(notes == null ? List.of() : notes.lines());
            lines.add(event instanceof Remark remark ? "remark:" + remark.text() : (String) event);
            return new Notes(lines);
        }

        @Override
        public Set<String> owners(Notes notes) {
            return Set.of("u1");
        }
    }

    final NotesProjection notes = new NotesProjection();
    final InMemoryProjectionStore memory = new InMemoryProjectionStore();
    final List<ProjectionUpdate> announced = new ArrayList<>();
    final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    static Delivery own(long version, String text) {
        return Delivery.own(UUID.randomUUID(), "test.Note", "n1", version, text);
    }

    static Delivery remark(long sourceVersion, String text) {
        return Delivery.integration(UUID.randomUUID(), "other.Thing", "t1", sourceVersion, new Remark("n1", text));
    }

    @Test
    void an_update_is_announced_after_its_document_is_written() {
        List<Long> storedWhenAnnounced = new ArrayList<>();
        ProjectionRunner runner = new ProjectionRunner(memory, update -> {
            ProjectionDocument<Notes> stored = memory.find(notes, update.id());
            storedWhenAnnounced.add(stored == null ? -1 : stored.revision());
        }, clock);

        runner.apply(notes, own(1, "a"));
        runner.apply(notes, own(2, "b"));

        assertThat(storedWhenAnnounced).containsExactly(1L, 2L);
    }

    @Test
    void a_failed_announcement_fails_the_delivery_and_its_redelivery_announces_the_same_update_again() {
        AtomicBoolean brokerDown = new AtomicBoolean(true);
        ProjectionRunner runner = new ProjectionRunner(memory, update -> {
            if (brokerDown.get()) {
                throw new IllegalStateException("broker down");
            }
            announced.add(update);
        }, clock);
        Delivery first = own(1, "a");

        assertThatThrownBy(() -> runner.apply(notes, first)).hasMessage("broker down");
        assertThat(memory.find(notes, "n1").version()).as("written before the announcement failed").isEqualTo(1);
        brokerDown.set(false);

        assertThat(runner.apply(notes, first)).isEqualTo(Outcome.DUPLICATE);
        assertThat(announced).containsExactly(new ProjectionUpdate("test.Notes", "n1", 1, 1, Set.of("u1")));
    }

    @Test
    void a_write_lost_to_another_writer_is_decided_again_on_the_fresh_document() {
        ProjectionRunner other = new ProjectionRunner(memory, UpdateListener.NONE, clock);
        other.apply(notes, own(1, "a"));
        AtomicBoolean raced = new AtomicBoolean();
        ProjectionStore racing = new Delegating(memory) {
            @Override
            public <V> boolean write(Projection<V> projection, ProjectionDocument<V> next, long expectedRevision) {
                if (raced.compareAndSet(false, true)) {
                    other.apply(notes, remark(7, "meanwhile"));
                }
                return super.write(projection, next, expectedRevision);
            }
        };

        Outcome outcome = new ProjectionRunner(racing, announced::add, clock).apply(notes, own(2, "b"));

        assertThat(outcome).isEqualTo(Outcome.APPLIED);
        ProjectionDocument<Notes> document = memory.find(notes, "n1");
        assertThat(document.view().lines()).containsExactly("a", "remark:meanwhile", "b");
        assertThat(document.version()).isEqualTo(2);
        assertThat(document.revision()).isEqualTo(3);
        assertThat(document.sources()).extracting(SourcePosition::version).containsExactly(7L);
        assertThat(announced).extracting(ProjectionUpdate::revision).containsExactly(3L);
    }

    @Test
    void a_document_created_concurrently_with_the_same_event_makes_this_delivery_a_duplicate() {
        Delivery first = own(1, "a");
        ProjectionRunner other = new ProjectionRunner(memory, UpdateListener.NONE, clock);
        AtomicBoolean raced = new AtomicBoolean();
        ProjectionStore racing = new Delegating(memory) {
            @Override
            public <V> boolean write(Projection<V> projection, ProjectionDocument<V> next, long expectedRevision) {
                if (raced.compareAndSet(false, true)) {
                    other.apply(notes, first);
                }
                return super.write(projection, next, expectedRevision);
            }
        };

        assertThat(new ProjectionRunner(racing, announced::add, clock).apply(notes, first))
                .isEqualTo(Outcome.DUPLICATE);
        assertThat(memory.find(notes, "n1").view().lines()).containsExactly("a");
    }

    @Test
    void a_document_that_keeps_changing_fails_the_delivery_instead_of_spinning() {
        ProjectionStore neverWins = new Delegating(memory) {
            @Override
            public <V> boolean write(Projection<V> projection, ProjectionDocument<V> next, long expectedRevision) {
                return false;
            }
        };

        assertThatThrownBy(() -> new ProjectionRunner(neverWins, announced::add, clock).apply(notes, own(1, "a")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("kept changing");
        assertThat(announced).isEmpty();
    }

    @Test
    void a_failing_evolve_writes_and_announces_nothing() {
        ProjectionRunner runner = new ProjectionRunner(memory, announced::add, clock);
        runner.apply(notes, own(1, "a"));

        assertThatThrownBy(() -> runner.apply(notes, Delivery.own(UUID.randomUUID(), "test.Note", "n1", 2, 42)))
                .isInstanceOf(ClassCastException.class);
        assertThat(memory.find(notes, "n1").version()).isEqualTo(1);
        assertThat(announced).hasSize(1);
    }

    @Test
    void integration_events_leave_the_own_version_alone_but_count_as_writes() {
        ProjectionRunner runner = new ProjectionRunner(memory, announced::add, clock);
        runner.apply(notes, remark(3, "early remark"));
        runner.apply(notes, own(1, "a"));

        ProjectionDocument<Notes> document = memory.find(notes, "n1");
        assertThat(document.version()).isEqualTo(1);
        assertThat(document.revision()).isEqualTo(2);
        assertThat(announced).extracting(ProjectionUpdate::version).containsExactly(0L, 1L);
    }

    /** A store that forwards to another, for tests to interfere with one call. */
    static class Delegating implements ProjectionStore {
        private final ProjectionStore inner;

        Delegating(ProjectionStore inner) {
            this.inner = inner;
        }

        @Override
        public <V> ProjectionDocument<V> find(Projection<V> projection, String id) {
            return inner.find(projection, id);
        }

        @Override
        public <V> boolean write(Projection<V> projection, ProjectionDocument<V> next, long expectedRevision) {
            return inner.write(projection, next, expectedRevision);
        }

        @Override
        public <V> List<ProjectionDocument<V>> list(Projection<V> projection, String owner, String sortField,
                                                    boolean descending, int limit) {
            return inner.list(projection, owner, sortField, descending, limit);
        }

        @Override
        public void hold(Projection<?> projection, String id, Delivery early) {
            inner.hold(projection, id, early);
        }

        @Override
        public Optional<Delivery> held(Projection<?> projection, String id, long version) {
            return inner.held(projection, id, version);
        }

        @Override
        public void release(Projection<?> projection, String id, long version) {
            inner.release(projection, id, version);
        }

        @Override
        public <V> List<ProjectionDocument<V>> listEvery(Projection<V> projection, String sortField,
                                                         boolean descending, int limit) {
            return inner.listEvery(projection, sortField, descending, limit);
        }

        @Override
        public <V> ProjectionPage<V> search(Projection<V> projection, ProjectionSearch search) {
            return inner.search(projection, search);
        }

        @Override
        public <V> ProjectionDocument<V> findBy(Projection<V> projection, String owner, String field, String value) {
            return inner.findBy(projection, owner, field, value);
        }
    }
}
