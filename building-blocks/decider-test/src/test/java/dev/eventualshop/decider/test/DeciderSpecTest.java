package dev.eventualshop.decider.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventualshop.decider.Decider;
import dev.eventualshop.decider.Decision;
import dev.eventualshop.decider.test.Door.Command;
import dev.eventualshop.decider.test.Door.Event;
import dev.eventualshop.decider.test.Door.State;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeciderSpecTest {

    private final DeciderSpec<Command, State, Event> door = DeciderSpec.of(new Door());

    @Test
    void passes_when_the_decided_events_are_the_expected_ones() {
        door.given().when(new Command.Open("ann")).then(new Event.Opened("ann"));
        door.given(new Event.Opened("ann")).when(new Command.Open("bob")).thenNothing();
        door.given(List.of(new Event.Locked("1234"))).when(new Command.Lock("1234")).thenNothing();
    }

    @Test
    void fails_when_the_events_differ() {
        assertThatThrownBy(() -> door.given().when(new Command.Open("ann")).then(new Event.Opened("bob")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("bob");
        assertThatThrownBy(() -> door.given().when(new Command.Open("ann")).thenNothing())
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void fails_when_events_were_expected_but_the_command_was_rejected() {
        assertThatThrownBy(() -> door.given(new Event.Locked("1")).when(new Command.Open("ann"))
                .then(new Event.Opened("ann")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rejected: LOCKED");
    }

    @Test
    void then_rejects_checks_the_reason_and_the_message() {
        door.given(new Event.Locked("1")).when(new Command.Open("ann")).thenRejects("LOCKED", "locked");
        assertThatThrownBy(() -> door.given(new Event.Locked("1")).when(new Command.Open("ann"))
                .thenRejects("DOOR_OPEN"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LOCKED");
        assertThatThrownBy(() -> door.given(new Event.Locked("1")).when(new Command.Open("ann"))
                .thenRejects("LOCKED", "on fire"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> door.given().when(new Command.Open("ann")).thenRejects("LOCKED"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("accepted");
    }

    @Test
    void then_state_sees_the_history_and_the_decided_events() {
        door.given(new Event.Locked("42")).thenState(state -> assertThat(state).isEqualTo(new State.LockedShut("42")));
        door.given().when(new Command.Lock("7")).thenState(state -> assertThat(state).isEqualTo(new State.LockedShut("7")));
        assertThatThrownBy(() -> door.given().when(new Command.Lock("7"))
                .thenState(state -> assertThat(state).isEqualTo(new State.Open())))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void a_decider_that_reads_a_clock_or_counter_is_caught_as_non_deterministic() {
        AtomicInteger calls = new AtomicInteger();
        Decider<Command, State, Event> leaky = new Door() {
            @Override
            public Decision<Event> decide(Command command, State state) {
                return Decision.accept(new Event.Opened("call " + calls.incrementAndGet()));
            }
        };
        assertThatThrownBy(() -> DeciderSpec.of(leaky).given().when(new Command.Open("ann")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("twice");
    }

    @Test
    void an_event_that_evolve_cannot_take_is_reported() {
        Decider<Command, State, Event> broken = new Door() {
            @Override
            public State evolve(State state, Event event) {
                throw new IllegalStateException("unexpected " + event);
            }
        };
        assertThatThrownBy(() -> DeciderSpec.of(broken).given().when(new Command.Open("ann")).thenNothing())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("evolve failed");
    }
}
