package dev.eventualshop.eventstore.pipeline;

import dev.eventualshop.decider.Decider;
import dev.eventualshop.eventstore.EventStore;
import dev.eventualshop.eventstore.RecordedEvent;
import dev.eventualshop.eventstore.StreamRef;
import dev.eventualshop.eventstore.snapshot.Snapshot;
import dev.eventualshop.eventstore.snapshot.SnapshotStore;
import java.time.Instant;

/** Folds a stream into its current state: from its snapshot when there is a usable one, then the tail. */
public class AggregateLoader {

    private final EventStore events;
    private final SnapshotStore snapshots;

    public AggregateLoader(EventStore events, SnapshotStore snapshots) {
        this.events = events;
        this.snapshots = snapshots;
    }

    /** The stream's state from its snapshot (if the aggregate takes them) plus the events after it. */
    public <S, E> LoadedStream<S> load(Aggregate<?, S, E> aggregate, StreamRef stream) {
        LoadedStream<S> start = aggregate.snapshots()
                .flatMap(policy -> snapshots.load(stream, policy))
                .map(snapshot -> new LoadedStream<>(snapshot.state(), snapshot.version()))
                .orElseGet(() -> new LoadedStream<>(aggregate.decider().initialState(), 0));
        return foldTail(aggregate.decider(), stream, start);
    }

    /** The stream's state from its first event, ignoring snapshots. */
    public <S, E> LoadedStream<S> replay(Aggregate<?, S, E> aggregate, StreamRef stream) {
        return foldTail(aggregate.decider(), stream, new LoadedStream<>(aggregate.decider().initialState(), 0));
    }

    private <S, E> LoadedStream<S> foldTail(Decider<?, S, E> decider, StreamRef stream, LoadedStream<S> start) {
        S state = start.state();
        long version = start.version();
        for (RecordedEvent<E> event : events.<E>read(stream, version)) {
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
