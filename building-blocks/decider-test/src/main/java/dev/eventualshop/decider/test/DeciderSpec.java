package dev.eventualshop.decider.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.decider.Decider;
import dev.eventualshop.decider.Decision;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Given/when/then scenarios for a {@link Decider}, in the style of Axon's aggregate fixtures:
 *
 * <pre>{@code
 * DeciderSpec<CartCommand, Cart, CartEvent> cart = DeciderSpec.of(new CartDecider());
 * cart.given(created, itemAdded).when(removeItem).then(itemRemoved);
 * cart.given(created).when(checkOut).thenRejects("EMPTY_CART");
 * }</pre>
 *
 * <p>Besides the expected outcome, every scenario checks two properties a decider must have: deciding is
 * deterministic (the same history and command decide the same twice), and {@code evolve} accepts every
 * event {@code decide} emits.
 */
public final class DeciderSpec<C, S, E> {

    private final Decider<C, S, E> decider;

    private DeciderSpec(Decider<C, S, E> decider) {
        this.decider = Objects.requireNonNull(decider, "decider");
    }

    public static <C, S, E> DeciderSpec<C, S, E> of(Decider<C, S, E> decider) {
        return new DeciderSpec<>(decider);
    }

    /** A stream with no history. */
    public Given given() {
        return new Given(List.of());
    }

    @SafeVarargs
    public final Given given(E... history) {
        return new Given(List.of(history));
    }

    public Given given(List<? extends E> history) {
        return new Given(List.copyOf(history));
    }

    /** The stream's history; send it a command with {@link #when}. */
    public final class Given {
        private final List<E> history;

        private Given(List<E> history) {
            this.history = history;
        }

        public When when(C command) {
            Objects.requireNonNull(command, "command");
            S state = decider.replay(history);
            Decision<E> decision = decider.decide(command, state);
            assertThat(decider.decide(command, decider.replay(history)))
                    .as("deciding %s twice on the same history (a decider must not read clocks or random ids)",
                            command)
                    .isEqualTo(decision);
            return new When(command, state, decision);
        }

        /** Asserts on the state the history folds into. */
        public Given thenState(Consumer<? super S> assertion) {
            assertion.accept(decider.replay(history));
            return this;
        }
    }

    /** The decision taken; assert on it with one of the {@code then} methods. */
    public final class When {
        private final C command;
        private final S stateBefore;
        private final Decision<E> decision;

        private When(C command, S stateBefore, Decision<E> decision) {
            this.command = command;
            this.stateBefore = stateBefore;
            this.decision = decision;
        }

        /** Asserts the command was accepted with exactly {@code expected}, in order. */
        @SafeVarargs
        public final When then(E... expected) {
            return then(List.of(expected));
        }

        public When then(List<? extends E> expected) {
            assertAccepted();
            assertThat(decision.events()).as("events decided for %s", command).containsExactlyElementsOf(expected);
            return this;
        }

        /** Asserts the command was accepted and changed nothing (an idempotent repeat, for instance). */
        public When thenNothing() {
            return then(List.of());
        }

        /** Asserts the command was rejected with {@code reason}. */
        public When thenRejects(String reason) {
            if (!(decision instanceof Decision.Rejected<E> rejected)) {
                throw new AssertionError("expected %s to be rejected with %s, but it was accepted with %s"
                        .formatted(command, reason, decision.events()));
            }
            assertThat(rejected.reason()).as("rejection reason for %s (%s)", command, rejected.message())
                    .isEqualTo(reason);
            return this;
        }

        /** Asserts the command was rejected with {@code reason} and a message containing {@code words}. */
        public When thenRejects(String reason, String words) {
            thenRejects(reason);
            assertThat(((Decision.Rejected<E>) decision).message()).as("rejection message").contains(words);
            return this;
        }

        /** Asserts on the state after the decided events, for an accepted command. */
        public When thenState(Consumer<? super S> assertion) {
            assertAccepted();
            assertion.accept(decider.fold(stateBefore, decision.events()));
            return this;
        }

        private void assertAccepted() {
            if (decision instanceof Decision.Rejected<E> rejected) {
                throw new AssertionError("expected %s to be accepted, but it was rejected: %s (%s)"
                        .formatted(command, rejected.reason(), rejected.message()));
            }
            try {
                decider.fold(stateBefore, decision.events());
            } catch (RuntimeException e) {
                throw new AssertionError("evolve failed on the events decided for " + command, e);
            }
        }
    }
}
