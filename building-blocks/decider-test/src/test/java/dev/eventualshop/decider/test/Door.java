package dev.eventualshop.decider.test;

import dev.eventualshop.decider.Decider;
import dev.eventualshop.decider.Decision;

/** A door that can be locked and opened, the decider the kit's own tests drive. */
class Door implements Decider<Door.Command, Door.State, Door.Event> {

    sealed interface Command {
        record Open(String by) implements Command {}
        record Lock(String code) implements Command {}
    }

    sealed interface Event {
        record Opened(String by) implements Event {}
        record Locked(String code) implements Event {}
    }

    sealed interface State {
        record Closed() implements State {}
        record Open() implements State {}
        record LockedShut(String code) implements State {}
    }

    @Override
    public State initialState() {
        return new State.Closed();
    }

    @Override
    public Decision<Event> decide(Command command, State state) {
        return switch (command) {
            case Command.Open open -> switch (state) {
                case State.Closed closed -> Decision.accept(new Event.Opened(open.by()));
                case State.Open alreadyOpen -> Decision.accept();
                case State.LockedShut locked -> Decision.reject("LOCKED", "the door is locked");
            };
            case Command.Lock lock -> switch (state) {
                case State.Closed closed -> Decision.accept(new Event.Locked(lock.code()));
                case State.Open open -> Decision.reject("DOOR_OPEN", "close the door first");
                case State.LockedShut locked -> Decision.accept();
            };
        };
    }

    @Override
    public State evolve(State state, Event event) {
        return switch (event) {
            case Event.Opened opened -> new State.Open();
            case Event.Locked locked -> new State.LockedShut(locked.code());
        };
    }
}
