package dev.eventualshop.decider;

/** A tiny decider for the tests: a counter that may not go above its limit. */
final class Counter implements Decider<Counter.Command, Integer, Counter.Event> {

    static final int LIMIT = 3;

    sealed interface Command {
        record Increment() implements Command {}
        record Reset() implements Command {}
    }

    sealed interface Event {
        record Incremented() implements Event {}
        record WasReset() implements Event {}
    }

    @Override
    public Integer initialState() {
        return 0;
    }

    @Override
    public Decision<Event> decide(Command command, Integer count) {
        return switch (command) {
            case Command.Increment increment -> count < LIMIT
                    ? Decision.accept(new Event.Incremented())
                    : Decision.reject("LIMIT_REACHED", "the counter is at " + count);
            case Command.Reset reset -> count == 0 ? Decision.accept() : Decision.accept(new Event.WasReset());
        };
    }

    @Override
    public Integer evolve(Integer count, Event event) {
        return switch (event) {
            case Event.Incremented incremented -> count + 1;
            case Event.WasReset reset -> 0;
        };
    }
}
