package dev.eventualshop.projection.test;

import static dev.eventualshop.projection.ProjectionRunner.Outcome.APPLIED;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventualshop.projection.Projection;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The kit itself: it passes what is right and fails what is wrong, including the properties it checks. */
class ProjectionSpecTest {

    /** A tally of words on one stream: the simplest projection. */
    record Tally(int count, String last) {
    }

    static class TallyProjection implements Projection<Tally> {
        @Override
        public String view() {
            return "test.Tally";
        }

        @Override
        public Class<Tally> viewType() {
            return Tally.class;
        }

        @Override
        public String streamType() {
            return "test.Words";
        }

        @Override
        public Tally evolve(Tally tally, Object event) {
            return new Tally(tally == null ? 1 : tally.count() + 1, (String) event);
        }

        @Override
        public Set<String> owners(Tally tally) {
            return Set.of("user-1");
        }
    }

    final ProjectionSpec<Tally> tallies = ProjectionSpec.of(new TallyProjection());

    @Test
    void plain_events_take_the_next_versions_of_the_stream() {
        tallies.given("a", "b").when("c").then(new Tally(3, "c")).thenVersion(3).thenOwners("user-1");
    }

    @Test
    void a_plain_event_follows_the_highest_version_delivered() {
        tallies.given("a", tallies.at(2, "b")).when("c").then(new Tally(3, "c")).thenVersion(3);
    }

    @Test
    void a_wrong_view_fails() {
        assertThatThrownBy(() -> tallies.given("a").when("b").then(new Tally(2, "a")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("view of test.Tally");
    }

    @Test
    void a_wrong_version_fails() {
        assertThatThrownBy(() -> tallies.given("a").when("b").thenVersion(1)).isInstanceOf(AssertionError.class);
    }

    @Test
    void wrong_outcomes_and_waiting_versions_fail() {
        assertThatThrownBy(() -> tallies.given("a").when(tallies.at(3, "c")).thenOutcomes(
                APPLIED)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> tallies.given("a").when(tallies.at(3, "c")).thenWaiting())
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void an_evolve_that_is_not_pure_fails_every_scenario() {
        AtomicInteger calls = new AtomicInteger();
        ProjectionSpec<Tally> impure = ProjectionSpec.of(new TallyProjection() {
            @Override
            public Tally evolve(Tally tally, Object event) {
                return new Tally(calls.incrementAndGet(), (String) event);
            }
        });

        assertThatThrownBy(() -> impure.given().when("a")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("evolve must be pure");
    }

    /** A view Jackson writes but reads back differently: an untyped field holding a UUID comes back a string. */
    record Loose(Object value) {
    }

    @Test
    void a_view_that_does_not_survive_storage_fails() {
        ProjectionSpec<Loose> loose = ProjectionSpec.of(new Projection<Loose>() {
            final UUID id = UUID.randomUUID();

            @Override
            public String view() {
                return "test.Loose";
            }

            @Override
            public Class<Loose> viewType() {
                return Loose.class;
            }

            @Override
            public String streamType() {
                return "test.Words";
            }

            @Override
            public Loose evolve(Loose view, Object event) {
                return new Loose(id);
            }

            @Override
            public Set<String> owners(Loose view) {
                return Set.of();
            }
        });

        assertThatThrownBy(() -> loose.given().when("a")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("round trip");
    }

    @Test
    void a_document_id_that_changes_on_redelivery_fails_the_exactly_once_check() {
        ProjectionSpec<Tally> drifting = ProjectionSpec.of(new TallyProjection() {
            @Override
            public String idOfStream(String streamId) {
                return streamId + "-" + UUID.randomUUID();
            }
        });

        assertThatThrownBy(() -> drifting.given().when("a")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("delivered again");
    }
}
