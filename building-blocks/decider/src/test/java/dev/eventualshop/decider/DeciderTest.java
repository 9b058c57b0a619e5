package dev.eventualshop.decider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventualshop.decider.Counter.Command;
import dev.eventualshop.decider.Counter.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeciderTest {

    private final Counter counter = new Counter();

    @Test
    void replay_folds_events_oldest_first_from_the_initial_state() {
        assertThat(counter.replay(List.of(new Event.Incremented(), new Event.Incremented()))).isEqualTo(2);
        assertThat(counter.replay(List.of(new Event.Incremented(), new Event.WasReset(), new Event.Incremented())))
                .isEqualTo(1);
    }

    @Test
    void fold_continues_from_a_given_state() {
        assertThat(counter.fold(2, List.of(new Event.Incremented()))).isEqualTo(3);
    }

    @Test
    void an_accepted_decision_carries_its_events_and_a_rejection_none() {
        assertThat(counter.decide(new Command.Increment(), 0).events()).containsExactly(new Event.Incremented());
        Decision<Event> rejected = counter.decide(new Command.Increment(), Counter.LIMIT);
        assertThat(rejected).isEqualTo(Decision.reject("LIMIT_REACHED", "the counter is at 3"));
        assertThat(rejected.events()).isEmpty();
    }

    @Test
    void accepted_events_are_copied_so_the_caller_cannot_change_them() {
        List<Event> events = new ArrayList<>(List.of(new Event.Incremented()));
        Decision<Event> decision = Decision.accept(events);
        events.clear();
        assertThat(decision.events()).hasSize(1);
    }

    @Test
    void a_rejection_reason_must_be_an_upper_snake_code() {
        assertThatThrownBy(() -> Decision.reject("not found", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Decision.reject(null, "x")).isInstanceOf(NullPointerException.class);
        assertThat(Decision.reject("NOT_FOUND", null)).isEqualTo(new Decision.Rejected<>("NOT_FOUND", ""));
    }
}
