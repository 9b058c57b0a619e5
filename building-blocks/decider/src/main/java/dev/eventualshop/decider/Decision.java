package dev.eventualshop.decider;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a decider decided: the events that happen, or a rejection with a reason code the caller receives as
 * the command's outcome. A rejection is recorded and published like a success; it is never a silent no-op.
 *
 * @param <E> the event family
 */
public sealed interface Decision<E> {

    /** The command is accepted; {@code events} (possibly none) are what happened, in order. */
    record Accepted<E>(List<E> events) implements Decision<E> {
        public Accepted {
            events = List.copyOf(events);
        }
    }

    /**
     * The command is refused. {@code reason} is a stable UPPER_SNAKE code clients switch on (such as
     * {@code NOT_FOUND}); {@code message} explains it in words.
     */
    record Rejected<E>(String reason, String message) implements Decision<E> {
        private static final Pattern REASON = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

        public Rejected {
            Objects.requireNonNull(reason, "reason");
            if (!REASON.matcher(reason).matches()) {
                throw new IllegalArgumentException("a rejection reason is an UPPER_SNAKE code, got: " + reason);
            }
            message = message == null ? "" : message;
        }
    }

    @SafeVarargs
    static <E> Decision<E> accept(E... events) {
        return new Accepted<>(List.of(events));
    }

    static <E> Decision<E> accept(List<E> events) {
        return new Accepted<>(events);
    }

    static <E> Decision<E> reject(String reason, String message) {
        return new Rejected<>(reason, message);
    }

    /** The events of an accepted decision; none for a rejection. */
    default List<E> events() {
        return switch (this) {
            case Accepted<E> accepted -> accepted.events();
            case Rejected<E> rejected -> List.of();
        };
    }
}
