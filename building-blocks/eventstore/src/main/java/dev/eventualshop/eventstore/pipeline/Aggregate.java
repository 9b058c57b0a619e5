package dev.eventualshop.eventstore.pipeline;

import dev.eventualshop.decider.Decider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a context supplies to run one kind of aggregate through the {@link CommandPipeline}: its decider, the
 * stream a command targets, and the mappings from its events to claims, deadlines, commands for other contexts
 * and inline state.
 *
 * <pre>{@code
 * Aggregate.builder("shoppingcart.Cart", CartCommand.class, new CartDecider())
 *         .streamId(CartCommand::cartId)
 *         .claims(CartClaims::of)
 *         .snapshotEvery(100, Cart.class, 1)
 *         .build();
 * }</pre>
 *
 * <p>A command may target several streams of the type at once ({@link Builder#streams}): each stream decides
 * its part and all of them are appended atomically, or none if any part is rejected or stale.
 */
public final class Aggregate<C, S, E> {

    private final String streamType;
    private final Class<C> commandType;
    private final Decider<C, S, E> decider;
    private final Function<C, Map<String, C>> routing;
    private final Function<E, List<ClaimChange>> claims;
    private final Function<E, List<DeadlineChange>> deadlines;
    private final BiFunction<S, E, List<OutgoingCommand>> sends;
    private final boolean sendsCommands;
    private final List<InlineProjection<E>> inlineProjections;
    private final SnapshotPolicy<S> snapshots;

    private Aggregate(Builder<C, S, E> builder) {
        this.streamType = builder.streamType;
        this.commandType = builder.commandType;
        this.decider = builder.decider;
        this.routing = Objects.requireNonNull(builder.routing, "streamId or streams must be set");
        this.claims = builder.claims;
        this.deadlines = builder.deadlines;
        this.sends = builder.sends;
        this.sendsCommands = builder.sendsCommands;
        this.inlineProjections = List.copyOf(builder.inlineProjections);
        this.snapshots = builder.snapshots;
    }

    public static <C, S, E> Builder<C, S, E> builder(String streamType, Class<C> commandType,
                                                      Decider<C, S, E> decider) {
        return new Builder<>(streamType, commandType, decider);
    }

    public String streamType() {
        return streamType;
    }

    public Class<C> commandType() {
        return commandType;
    }

    public Decider<C, S, E> decider() {
        return decider;
    }

    /** The stream ids {@code command} targets, each with the command its stream decides on. */
    public Map<String, C> route(C command) {
        Map<String, C> targets = routing.apply(command);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("command targets no stream: " + command);
        }
        return targets;
    }

    public List<ClaimChange> claims(E event) {
        return claims.apply(event);
    }

    public List<DeadlineChange> deadlines(E event) {
        return deadlines.apply(event);
    }

    /** Whether any event of this aggregate sends a command (so the pipeline need not fold states for it). */
    public boolean sendsCommands() {
        return sendsCommands;
    }

    /** The commands {@code event} sends other contexts, given the state it left the stream in. */
    public List<OutgoingCommand> sends(S stateAfter, E event) {
        return sends.apply(stateAfter, event);
    }

    public List<InlineProjection<E>> inlineProjections() {
        return inlineProjections;
    }

    public Optional<SnapshotPolicy<S>> snapshots() {
        return Optional.ofNullable(snapshots);
    }

    /** Assembles an {@link Aggregate}; only the stream routing is required. */
    public static final class Builder<C, S, E> {
        private final String streamType;
        private final Class<C> commandType;
        private final Decider<C, S, E> decider;
        private Function<C, Map<String, C>> routing;
        private Function<E, List<ClaimChange>> claims = event -> List.of();
        private Function<E, List<DeadlineChange>> deadlines = event -> List.of();
        private BiFunction<S, E, List<OutgoingCommand>> sends = (state, event) -> List.of();
        private boolean sendsCommands;
        private final List<InlineProjection<E>> inlineProjections = new ArrayList<>();
        private SnapshotPolicy<S> snapshots;

        private Builder(String streamType, Class<C> commandType, Decider<C, S, E> decider) {
            this.streamType = Objects.requireNonNull(streamType, "streamType");
            this.commandType = Objects.requireNonNull(commandType, "commandType");
            this.decider = Objects.requireNonNull(decider, "decider");
        }

        /** Every command targets one stream, named by {@code streamId} (its {@code toString()}). */
        public Builder<C, S, E> streamId(Function<? super C, ?> streamId) {
            this.routing = command -> Map.of(String.valueOf(streamId.apply(command)), command);
            return this;
        }

        /**
         * A command may target several streams: {@code routing} names each stream id with the command that
         * stream decides on (iteration order is the order the streams are loaded and decided in).
         */
        public Builder<C, S, E> streams(Function<? super C, ? extends Map<String, ? extends C>> routing) {
            this.routing = command -> new LinkedHashMap<>(routing.apply(command));
            return this;
        }

        public Builder<C, S, E> claims(Function<? super E, List<ClaimChange>> claims) {
            this.claims = claims::apply;
            return this;
        }

        public Builder<C, S, E> deadlines(Function<? super E, List<DeadlineChange>> deadlines) {
            this.deadlines = deadlines::apply;
            return this;
        }

        /**
         * The commands an event sends other contexts through the outbox, given the state the event left its stream
         * in, stored in the transaction that appends it: a process manager's next step. Derive each command id
         * from the stream's ids, so the same step names the same command however often it is decided.
         */
        public Builder<C, S, E> sends(BiFunction<? super S, ? super E, List<OutgoingCommand>> sends) {
            this.sends = sends::apply;
            this.sendsCommands = true;
            return this;
        }

        public Builder<C, S, E> inline(InlineProjection<E> projection) {
            this.inlineProjections.add(Objects.requireNonNull(projection, "projection"));
            return this;
        }

        public Builder<C, S, E> snapshotEvery(int every, Class<S> stateType, int stateRevision) {
            this.snapshots = new SnapshotPolicy<>(every, stateType, stateRevision);
            return this;
        }

        public Aggregate<C, S, E> build() {
            return new Aggregate<>(this);
        }
    }
}
