package dev.eventualshop.decider;

import java.util.List;

/**
 * An aggregate written as a decider: {@link #decide} turns a command and the current state into new events
 * or a rejection, {@link #evolve} folds one event into the state. Both are pure: time and new ids arrive in
 * the command, so the same history and command always give the same decision.
 *
 * <p>Implementations switch exhaustively over sealed command, state and event types without a
 * {@code default} branch, so a new message is a compile error rather than a runtime surprise.
 *
 * @param <C> the command family
 * @param <S> the state (ideally a sealed family of lifecycle states)
 * @param <E> the event family
 */
public interface Decider<C, S, E> {

    /** The state of a stream that has no events yet. */
    S initialState();

    /** Decides what happens when {@code command} meets {@code state}. */
    Decision<E> decide(C command, S state);

    /** The state after {@code event}. */
    S evolve(S state, E event);

    /** Folds {@code events} into {@code state}, oldest first. */
    default S fold(S state, Iterable<? extends E> events) {
        S current = state;
        for (E event : events) {
            current = evolve(current, event);
        }
        return current;
    }

    /** The state a stream reaches from nothing through {@code events}. */
    default S replay(List<? extends E> events) {
        return fold(initialState(), events);
    }
}
