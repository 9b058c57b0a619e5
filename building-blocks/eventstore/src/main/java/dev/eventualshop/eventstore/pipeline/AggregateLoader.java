package dev.eventualshop.eventstore.pipeline;

import dev.eventualshop.decider.Decider;
import dev.eventualshop.eventstore.EventStore;
import dev.eventualshop.eventstore.RecordedEvent;
import dev.eventualshop.eventstore.StreamRef;
import dev.eventualshop.eventstore.snapshot.Snapshot;
import dev.eventualshop.eventstore.snapshot.SnapshotStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Folds a stream into its current state: from its snapshot when there is a usable one, then the tail. */
public class AggregateLoader {

    private final EventStore events;
    private final SnapshotStore snapshots;

    public AggregateLoader(EventStore events, SnapshotStore snapshots) {
        this.events = events;
        this.snapshots = snapshots;
    }

    /**
     * The stream's state from its snapshot (if the aggregate takes them) plus the events after it, read in one
     * round trip. A snapshot that cannot be decoded costs a second read, from the stream's first event.
     */
    public <S, E> LoadedStream<S> load(Aggregate<?, S, E> aggregate, StreamRef stream) {
        Decider<?, S, E> decider = aggregate.decider();
        Optional<SnapshotPolicy<S>> policy = aggregate.snapshots();
        if (policy.isEmpty()) {
            return replay(aggregate, stream);
        }
        EventStore.FromSnapshot<E> read = events.readFromSnapshot(stream, policy.get().stateRevision());
        if (read.snapshotState() == null) {
            return fold(decider, decider.initialState(), 0, read.events());
        }
        Optional<S> state = snapshots.decode(stream, read.snapshotVersion(), read.snapshotState(), policy.get());
        return state.isPresent()
                ? fold(decider, state.get(), read.snapshotVersion(), read.events())
                : replay(aggregate, stream);
    }

    /** The stream's state from its first event, ignoring snapshots. */
    public <S, E> LoadedStream<S> replay(Aggregate<?, S, E> aggregate, StreamRef stream) {
        Decider<?, S, E> decider = aggregate.decider();
        return fold(decider, decider.initialState(), 0, events.read(stream, 0));
    }

    private static <S, E> LoadedStream<S> fold(Decider<?, S, E> decider, S state, long version,
                                              List<RecordedEvent<E>> tail) {
        for (RecordedEvent<E> event : tail) {
            state = decider.evolve(state, event.payload());
            version = event.version();
        }
        return new LoadedStream<>(state, version);
    }

    /** Keeps {@code state} as the stream's snapshot at {@code version}. */
    <S> void snapshot(SnapshotPolicy<S> policy, StreamRef stream, LoadedStream<S> state, Instant at) {
        snapshots.save(stream, new Snapshot<>(state.version(), state.state()), policy, at);
    }
}
