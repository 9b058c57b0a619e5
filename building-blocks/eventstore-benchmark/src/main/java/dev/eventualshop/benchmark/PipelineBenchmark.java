package dev.eventualshop.benchmark;

import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full command pipeline (dedupe, load, decide, append + {@code commands} row) on distinct streams: every
 * other command opens a new account, the others deposit into an account this writer opened earlier, picked
 * at random (so streams are short and rarely reused, and writers never contend for a stream). Scores are
 * commands per second over all threads.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
public class PipelineBenchmark {

    /** One writer's accounts. */
    @State(Scope.Thread)
    public static class Writer {
        final List<String> accounts = new ArrayList<>();
        long sent;

        Account.Command next() {
            sent++;
            if (accounts.isEmpty() || (sent & 1) == 1) {
                String accountId = Ids.random().toString();
                accounts.add(accountId);
                return new Account.OpenAccount(accountId, "owner of " + accountId);
            }
            String accountId = accounts.get(ThreadLocalRandom.current().nextInt(accounts.size()));
            Account.Deposited deposit = Account.deposit(accountId, sent);
            return new Account.Deposit(accountId, deposit.amountCents(), deposit.currency(), deposit.reference());
        }
    }

    @Benchmark
    @Threads(1)
    public CommandOutcome pipeline1_ours(OurStore store, Writer writer) {
        return handle(store, writer);
    }

    @Benchmark
    @Threads(8)
    public CommandOutcome pipeline8_ours(OurStore store, Writer writer) {
        return handle(store, writer);
    }

    private static CommandOutcome handle(OurStore store, Writer writer) {
        CommandOutcome outcome = store.pipeline.handle(CommandEnvelope.of(Ids.command(), "bench", writer.next()));
        if (outcome.status() != CommandOutcome.Status.SUCCEEDED) {
            throw new IllegalStateException("the benchmark's commands all succeed, got " + outcome);
        }
        return outcome;
    }
}
