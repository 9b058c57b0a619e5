package dev.eventualshop.benchmark;

import dev.eventualshop.decider.Decision;
import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.StreamAppend;
import dev.eventualshop.eventstore.StreamRef;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.pipeline.LoadedStream;
import dev.eventualshop.eventstore.pipeline.StreamRange;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * Where a command's time goes, outside JMH: counts the round trips to PostgreSQL of each operation (pgjdbc's
 * protocol log, one {@code Sync} per round trip), and times the pipeline's phases one by one (the same calls
 * {@code PipelineAttempt} makes, through the public API) with one writer.
 *
 * <p>Usage: {@code java -cp target/benchmarks.jar dev.eventualshop.benchmark.Probe}. It creates and drops its
 * own database.
 */
public final class Probe {

    private static final AtomicLong SYNCS = new AtomicLong();
    private static final int WARMUP = 3_000;
    private static final int MEASURED = 3_000;

    private Probe() {
    }

    public static void main(String[] args) throws Exception {
        String db = "bench_probe_" + DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")
                .format(LocalDateTime.now(ZoneOffset.UTC));
        BenchDatabase.create(db);
        System.setProperty(BenchDatabase.DB_PROPERTY, db);
        OurStore ours = new OurStore();
        AxonStore axon = new AxonStore();
        try {
            ours.start();
            axon.start();
            phases(ours, "warm-up");
            phases(ours, "measured");
            cpu(ours, axon);
            // Last: the protocol log slows every call down.
            countSyncs();
            roundTrips(ours, axon);
        } finally {
            axon.stop();
            ours.stop();
            BenchDatabase.drop(db);
        }
    }

    private static void countSyncs() {
        Logger protocol = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
        protocol.setLevel(Level.FINEST);
        protocol.setUseParentHandlers(false);
        protocol.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage() != null && record.getMessage().contains("FE=> Sync")) {
                    SYNCS.incrementAndGet();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    private static void roundTrips(OurStore ours, AxonStore axon) {
        System.out.println("Round trips to PostgreSQL per operation (average over 100):");
        Map<String, Runnable> operations = new LinkedHashMap<>();
        operations.put("ours: append 1 event + commands row, one transaction", () -> append(ours, 1));
        operations.put("ours: append 10 events + commands row, one transaction", () -> append(ours, 10));
        operations.put("ours: pipeline, OpenAccount on a new stream", () -> ours.pipeline.handle(
                CommandEnvelope.of(Ids.command(), "bench", new Account.OpenAccount(Ids.random().toString(), "o"))));
        operations.put("ours: AggregateLoader.load, no snapshot, empty stream", () -> ours.loader.load(ours.accounts,
                new StreamRef(Account.STREAM_TYPE, Ids.random().toString())));
        operations.put("axon: appendEvents 1 event, one transaction", () -> axonAppend(axon, 1));
        operations.put("axon: appendEvents 10 events, one transaction", () -> axonAppend(axon, 10));
        for (Map.Entry<String, Runnable> operation : operations.entrySet()) {
            operation.getValue().run();
            long before = SYNCS.get();
            for (int i = 0; i < 100; i++) {
                operation.getValue().run();
            }
            System.out.printf(Locale.ROOT, "  %-60s %5.1f%n", operation.getKey(), (SYNCS.get() - before) / 100.0);
        }
        System.out.println("  (a commit is one more round trip where the transaction manager sends it: counted)");
    }

    private static void append(OurStore store, int n) {
        append(store, n, true);
    }

    private static void append(OurStore store, int n, boolean commandRow) {
        java.util.UUID commandId = Ids.command();
        String accountId = Ids.random().toString();
        List<Account.Deposited> events = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(Account.deposit(accountId, i));
        }
        CommandEnvelope<Account.Deposit> envelope = CommandEnvelope.of(commandId, "bench",
                new Account.Deposit(accountId, 1, "EUR", "x"));
        StreamRef stream = new StreamRef(Account.STREAM_TYPE, accountId);
        Instant now = Instant.now();
        List<StreamAppend> appends = List.of(new StreamAppend(stream, 0, events));
        store.transactions.executeWithoutResult(tx -> {
            if (commandRow) {
                store.events.append(envelope, now, appends, store.commands.insert(envelope, "bench.Deposit",
                        CommandOutcome.succeeded(commandId, List.of(new StreamRange(stream.type(), stream.id(), 1, n))),
                        now));
            } else {
                store.events.append(envelope, now, appends);
            }
        });
    }

    private static void axonAppend(AxonStore store, int n) {
        String accountId = Ids.random().toString();
        List<GenericDomainEventMessage<Account.Deposited>> events = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(new GenericDomainEventMessage<>("Account", accountId, i, Account.deposit(accountId, i)));
        }
        store.inTransaction(() -> {
            store.engine.appendEvents(events);
            return null;
        });
    }

    /**
     * CPU per command, in this JVM and in PostgreSQL (all its processes, from /proc), with 1 and 8 writers: on
     * 2 cores, 8 writers are bound by CPU rather than by round trips.
     */
    private static void cpu(OurStore ours, AxonStore axon) throws Exception {
        PipelineBenchmark.Writer[] writers = new PipelineBenchmark.Writer[8];
        for (int i = 0; i < writers.length; i++) {
            writers[i] = new PipelineBenchmark.Writer();
        }
        Map<String, java.util.function.IntConsumer> operations = new LinkedHashMap<>();
        operations.put("ours: append 1 event + commands row", w -> append(ours, 1));
        operations.put("ours: same, without the commands row", w -> append(ours, 1, false));
        operations.put("axon: appendEvents 1 event", w -> axonAppend(axon, 1));
        operations.put("ours: pipeline (open or deposit)", w -> ours.pipeline.handle(
                CommandEnvelope.of(Ids.command(), "bench", writers[w].next())));
        System.out.println();
        System.out.println("CPU per command (µs): JVM / PostgreSQL, and throughput, 4 s per measure after 4 s warm-up:");
        for (int threads : new int[] {1, 8}) {
            for (Map.Entry<String, java.util.function.IntConsumer> operation : operations.entrySet()) {
                runFor(threads, 4_000, operation.getValue());
                long jvm0 = processCpuNanos();
                long pg0 = postgresCpuTicks();
                long t0 = System.nanoTime();
                long done = runFor(threads, 4_000, operation.getValue());
                long wall = System.nanoTime() - t0;
                double jvmUs = (processCpuNanos() - jvm0) / 1_000.0 / done;
                double pgUs = (postgresCpuTicks() - pg0) * 10_000.0 / done;
                System.out.printf(Locale.ROOT, "  %d writer(s) %-40s JVM %6.0f  PostgreSQL %6.0f  total %6.0f  (%,.0f/s)%n",
                        threads, operation.getKey(), jvmUs, pgUs, jvmUs + pgUs, done * 1e9 / wall);
            }
        }
    }

    private static long runFor(int threads, long millis, java.util.function.IntConsumer operation) throws Exception {
        java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
        long end = System.currentTimeMillis() + millis;
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            int w = i;
            workers[i] = Thread.ofPlatform().start(() -> {
                while (System.currentTimeMillis() < end) {
                    operation.accept(w);
                    count.incrementAndGet();
                }
            });
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return count.get();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** utime + stime of every postgres process, in clock ticks (1/100 s). */
    private static long postgresCpuTicks() throws java.io.IOException {
        long ticks = 0;
        try (var procs = java.nio.file.Files.list(java.nio.file.Path.of("/proc"))) {
            for (java.nio.file.Path proc : procs.filter(p -> p.getFileName().toString().chars()
                    .allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = java.nio.file.Files.readString(proc.resolve("stat"));
                    int close = stat.lastIndexOf(')');
                    if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                        continue;
                    }
                    String[] fields = stat.substring(close + 2).split(" ");
                    // fields[0] is field 3 (state): utime is field 14, stime field 15.
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (java.io.IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        }
        return ticks;
    }

    /**
     * The pipeline's steps for an OpenAccount on a new stream, each timed on its own (µs, mean), made as
     * {@code PipelineAttempt} makes them: load, decide, then the events and the commands row together.
     */
    private static void phases(OurStore store, String label) {
        String[] names = {"begin transaction", "load: AggregateLoader.load", "decide",
            "EventStore.append (1 event) + commands row", "commit"};
        long[] total = new long[names.length];
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            long[] t = new long[names.length + 1];
            String accountId = Ids.random().toString();
            CommandEnvelope<Account.OpenAccount> envelope = CommandEnvelope.of(Ids.command(), "bench",
                    new Account.OpenAccount(accountId, "owner"));
            StreamRef stream = new StreamRef(Account.STREAM_TYPE, accountId);
            t[0] = System.nanoTime();
            store.transactions.executeWithoutResult(tx -> {
                t[1] = System.nanoTime();
                LoadedStream<Account.State> loaded = store.loader.load(store.accounts, stream);
                t[2] = System.nanoTime();
                Decision<Account.Event> decision = store.accounts.decider().decide(envelope.command(), loaded.state());
                t[3] = System.nanoTime();
                Instant now = Instant.now();
                store.events.append(envelope, now, List.of(new StreamAppend(stream, loaded.version(),
                        decision.events())), store.commands.insert(envelope, "bench.OpenAccount",
                        CommandOutcome.succeeded(envelope.commandId(),
                                List.of(new StreamRange(stream.type(), stream.id(), 1, 1))), now));
                t[4] = System.nanoTime();
            });
            t[5] = System.nanoTime();
            if (i >= WARMUP) {
                for (int p = 0; p < names.length; p++) {
                    total[p] += t[p + 1] - t[p];
                }
            }
        }
        System.out.println();
        System.out.println("Pipeline phases, one writer, " + label + " (mean µs over " + MEASURED + " commands):");
        long sum = 0;
        for (int p = 0; p < names.length; p++) {
            System.out.printf(Locale.ROOT, "  %-40s %8.1f%n", names[p], total[p] / 1_000.0 / MEASURED);
            sum += total[p];
        }
        System.out.printf(Locale.ROOT, "  %-40s %8.1f  (= %,.0f commands/s)%n", "total", sum / 1_000.0 / MEASURED,
                MEASURED * 1e9 / sum);
    }
}
