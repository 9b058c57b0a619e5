package dev.eventualshop.benchmark;

import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.StreamAppend;
import dev.eventualshop.eventstore.StreamRef;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.pipeline.StreamRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Append only: each operation is one command that appends {@code n} events to a new stream, in one
 * transaction. Ours also writes the command's {@code commands} row (dedupe record and outbox) in that
 * transaction; Axon's engine has no such row and appends the events alone. Scores are operations (commands)
 * per second over all threads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
public class AppendBenchmark {

    private static final String COMMAND_TYPE = "bench.Deposit";

    @Benchmark
    @Threads(1)
    public void append1x1_ours(OurStore store) {
        ours(store, 1);
    }

    @Benchmark
    @Threads(8)
    public void append1x8_ours(OurStore store) {
        ours(store, 1);
    }

    @Benchmark
    @Threads(1)
    public void append10x1_ours(OurStore store) {
        ours(store, 10);
    }

    @Benchmark
    @Threads(1)
    public void append1x1_axon(AxonStore store) {
        axon(store, 1);
    }

    @Benchmark
    @Threads(8)
    public void append1x8_axon(AxonStore store) {
        axon(store, 1);
    }

    @Benchmark
    @Threads(1)
    public void append10x1_axon(AxonStore store) {
        axon(store, 10);
    }

    private static void ours(OurStore store, int n) {
        UUID commandId = Ids.command();
        String accountId = Ids.random().toString();
        List<Account.Deposited> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            events.add(Account.deposit(accountId, i));
        }
        Account.Deposited first = events.getFirst();
        CommandEnvelope<Account.Deposit> envelope = CommandEnvelope.of(commandId, "bench",
                new Account.Deposit(accountId, first.amountCents(), first.currency(), first.reference()));
        StreamRef stream = new StreamRef(Account.STREAM_TYPE, accountId);
        Instant now = Instant.now();
        // As the pipeline writes: the events and the commands row together, one round trip on PostgreSQL.
        store.transactions.executeWithoutResult(tx -> store.events.append(envelope, now,
                List.of(new StreamAppend(stream, 0, events)), store.commands.insert(envelope, COMMAND_TYPE,
                        CommandOutcome.succeeded(commandId, List.of(new StreamRange(stream.type(), stream.id(), 1, n))),
                        now)));
    }

    private static void axon(AxonStore store, int n) {
        String commandId = Ids.random().toString();
        String accountId = Ids.random().toString();
        // What Axon's default correlation data providers put in every event's metadata.
        Map<String, String> metaData = Map.of("correlationId", commandId, "traceId", commandId);
        List<DomainEventMessage<?>> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            events.add(new GenericDomainEventMessage<>("Account", accountId, i, Account.deposit(accountId, i),
                    metaData));
        }
        store.inTransaction(() -> {
            store.engine.appendEvents(events);
            return null;
        });
    }
}
