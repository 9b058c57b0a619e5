package dev.eventualshop.benchmark;

import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.StreamAppend;
import dev.eventualshop.eventstore.StreamRef;
import dev.eventualshop.eventstore.pipeline.LoadedStream;
import dev.eventualshop.eventstore.pipeline.SnapshotPolicy;
import dev.eventualshop.eventstore.snapshot.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading one long stream (an account opened, then 9,999 deposits) into its state, one reader: a full replay,
 * and a load from the snapshot taken every 100 events. Ours: {@code AggregateLoader.replay} and
 * {@code AggregateLoader.load}; Axon: {@code readEvents(aggregateId)} fully consumed (payloads deserialized and
 * folded by the same evolve function), and {@code readSnapshot} + the events after it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 5, time = 4)
@Threads(1)
public class LoadBenchmark {

    static final int LENGTH = 10_000;
    /** A second stream ends 99 events after its last snapshot: the worst tail the snapshot interval allows. */
    static final int LENGTH_WITH_TAIL = LENGTH + BenchApp.SNAPSHOT_EVERY - 1;
    private static final int CHUNK = 500;
    private static final Account.AccountDecider DECIDER = new Account.AccountDecider();

    /** Our long streams, written once per database by the first fork that needs them. */
    @State(Scope.Benchmark)
    public static class OurStreams {
        StreamRef stream;
        StreamRef streamWithTail;

        @Setup(Level.Trial)
        public void write(OurStore store) {
            stream = new StreamRef(Account.STREAM_TYPE, "long-" + LENGTH);
            streamWithTail = new StreamRef(Account.STREAM_TYPE, "long-" + LENGTH_WITH_TAIL);
            writeOnce(store, stream, LENGTH);
            writeOnce(store, streamWithTail, LENGTH_WITH_TAIL);
            verify(store, stream, LENGTH);
            verify(store, streamWithTail, LENGTH_WITH_TAIL);
        }

        /** Appends the stream in chunks, and its snapshot at the last multiple of 100, as the pipeline does. */
        private static void writeOnce(OurStore store, StreamRef stream, int length) {
            if (store.events.version(stream) == length) {
                return;
            }
            List<Account.Event> all = events(stream.id(), length);
            for (int from = 0; from < length; from += CHUNK) {
                List<Account.Event> chunk = all.subList(from, Math.min(length, from + CHUNK));
                CommandEnvelope<Account.Deposit> envelope = CommandEnvelope.of(Ids.random(), "bench",
                        new Account.Deposit(stream.id(), 1, "EUR", "bulk"));
                long expected = from;
                store.transactions.executeWithoutResult(tx -> store.events.append(envelope, Instant.now(),
                        List.of(new StreamAppend(stream, expected, chunk))));
            }
            SnapshotPolicy<Account.State> policy = store.accounts.snapshots().orElseThrow();
            int snapshotAt = length / policy.every() * policy.every();
            Account.State state = DECIDER.replay(all.subList(0, snapshotAt));
            store.transactions.executeWithoutResult(tx -> store.snapshots.save(stream,
                    new Snapshot<>(snapshotAt, state), policy, Instant.now()));
        }

        private static void verify(OurStore store, StreamRef stream, int length) {
            LoadedStream<Account.State> replayed = store.loader.replay(store.accounts, stream);
            LoadedStream<Account.State> loaded = store.loader.load(store.accounts, stream);
            Account.State expected = DECIDER.replay(events(stream.id(), length));
            if (replayed.version() != length || !replayed.state().equals(expected) || !loaded.equals(replayed)) {
                throw new IllegalStateException("stream %s: replay %s, snapshot load %s, expected %s at %d"
                        .formatted(stream, replayed, loaded, expected, length));
            }
        }
    }

    /** Axon's long stream, written once per database; with a snapshot at its last event. */
    @State(Scope.Benchmark)
    public static class AxonStreams {
        String aggregateId;

        @Setup(Level.Trial)
        public void write(AxonStore store) {
            aggregateId = "long-" + LENGTH;
            if (store.engine.lastSequenceNumberFor(aggregateId).isEmpty()) {
                List<Account.Event> all = events(aggregateId, LENGTH);
                for (int from = 0; from < LENGTH; from += CHUNK) {
                    List<DomainEventMessage<?>> chunk = new ArrayList<>();
                    for (int seq = from; seq < Math.min(LENGTH, from + CHUNK); seq++) {
                        chunk.add(new GenericDomainEventMessage<>("Account", aggregateId, seq, all.get(seq),
                                Map.of("correlationId", aggregateId, "traceId", aggregateId)));
                    }
                    store.inTransaction(() -> {
                        store.engine.appendEvents(chunk);
                        return null;
                    });
                }
                store.engine.storeSnapshot(new GenericDomainEventMessage<>("Account", aggregateId, LENGTH - 1,
                        DECIDER.replay(all)));
            }
            Account.State expected = DECIDER.replay(events(aggregateId, LENGTH));
            if (!replay(store, aggregateId).equals(expected) || !fromSnapshot(store, aggregateId).equals(expected)) {
                throw new IllegalStateException("Axon's stream does not fold to " + expected);
            }
        }
    }

    @Benchmark
    public LoadedStream<Account.State> replay_ours(OurStore store, OurStreams streams) {
        return store.loader.replay(store.accounts, streams.stream);
    }

    @Benchmark
    public LoadedStream<Account.State> snapshot_ours(OurStore store, OurStreams streams) {
        return store.loader.load(store.accounts, streams.stream);
    }

    /** Extra: the snapshot plus the longest tail a snapshot every 100 events leaves (99 events). */
    @Benchmark
    public LoadedStream<Account.State> snapshotTail99_ours(OurStore store, OurStreams streams) {
        return store.loader.load(store.accounts, streams.streamWithTail);
    }

    @Benchmark
    public Account.State replay_axon(AxonStore store, AxonStreams streams) {
        return replay(store, streams.aggregateId);
    }

    @Benchmark
    public Account.State snapshot_axon(AxonStore store, AxonStreams streams) {
        return fromSnapshot(store, streams.aggregateId);
    }

    private static Account.State replay(AxonStore store, String aggregateId) {
        return fold(Account.State.NONE, store.engine.readEvents(aggregateId));
    }

    private static Account.State fromSnapshot(AxonStore store, String aggregateId) {
        Optional<DomainEventMessage<?>> snapshot = store.engine.readSnapshot(aggregateId);
        if (snapshot.isEmpty()) {
            return replay(store, aggregateId);
        }
        return fold((Account.State) snapshot.get().getPayload(),
                store.engine.readEvents(aggregateId, snapshot.get().getSequenceNumber() + 1));
    }

    private static Account.State fold(Account.State state, DomainEventStream events) {
        Account.State current = state;
        while (events.hasNext()) {
            current = DECIDER.evolve(current, (Account.Event) events.next().getPayload());
        }
        return current;
    }

    static List<Account.Event> events(String accountId, int length) {
        List<Account.Event> events = new ArrayList<>(length);
        events.add(new Account.AccountOpened(accountId, "owner of " + accountId));
        for (int i = 1; i < length; i++) {
            events.add(Account.deposit(accountId, i));
        }
        return events;
    }
}
