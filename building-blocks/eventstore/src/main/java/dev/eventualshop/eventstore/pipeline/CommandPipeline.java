package dev.eventualshop.eventstore.pipeline;

import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.EventStore;
import dev.eventualshop.eventstore.deadline.DeadlineStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs commands through their aggregate: dedupe by command id, load (snapshot + tail), fold, decide, then
 * append the events to every targeted stream with its expected version, apply claims, deadlines and inline
 * state, and record the outcome in {@code commands} with the commands it sends to other contexts, all in one
 * transaction.
 *
 * <p>A concurrent writer on the same stream (or the same claim, or the same command id) makes the append
 * fail on a unique key; the attempt is rolled back and retried on fresh state, up to
 * {@code maxAttempts}, after which the command is recorded as REJECTED(CONFLICT). A rejection by the decider
 * or by a claim is recorded like a success. Snapshots are written after the commit: they are a cache, and
 * a failure to write one never fails a command.
 */
public class CommandPipeline {

    /** Reason recorded when a command kept losing the race for its streams. */
    public static final String CONFLICT = "CONFLICT";

    private static final Logger log = LoggerFactory.getLogger(CommandPipeline.class);

    private final List<Aggregate<?, ?, ?>> aggregates;
    private final PipelineAttempt attempt;
    private final AggregateLoader loader;
    private final CommandLog commands;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int maxAttempts;
    private final List<CommitListener> listeners;

    public CommandPipeline(List<Aggregate<?, ?, ?>> aggregates, EventStore events, AggregateLoader loader,
                           CommandLog commands, ClaimStore claims,
                           DeadlineStore deadlines,
                           TransactionTemplate transactions, Clock clock, int maxAttempts,
                           List<CommitListener> listeners) {
        this.aggregates = List.copyOf(aggregates);
        this.loader = loader;
        this.commands = commands;
        this.transactions = transactions;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.listeners = List.copyOf(listeners);
        this.attempt = new PipelineAttempt(events, loader, commands, claims, deadlines, clock);
    }

    /** Handles {@code envelope} once in effect and returns its outcome (the recorded one for a repeat). */
    public CommandOutcome handle(CommandEnvelope<?> envelope) {
        return handle(envelope, Sends.NOTHING);
    }

    /**
     * Handles {@code envelope} once in effect, storing what {@code sends} asks to send to other contexts in the
     * same transaction, and returns its outcome. A repeat returns the recorded outcome and sends nothing again.
     */
    public CommandOutcome handle(CommandEnvelope<?> envelope, Sends sends) {
        Aggregate<?, ?, ?> aggregate = aggregateFor(envelope.command());
        String commandType = events().codec().types().of(envelope.command().getClass()).name();
        for (int attemptNo = 1; ; attemptNo++) {
            try {
                PipelineAttempt.Result result = transactions.execute(
                        status -> attempt.run(aggregate, envelope, commandType, sends));
                notifyCommitted(result.outcome());
                saveSnapshots(result);
                return result.outcome();
            } catch (DuplicateKeyException | ConcurrencyFailureException conflict) {
                // Either the command id is recorded already (a repeat: answer with the recorded outcome), or
                // another writer took a stream version or a claim first (retry on fresh state).
                Optional<CommandOutcome> recorded = commands.find(envelope.commandId());
                if (recorded.isPresent()) {
                    return recorded.get();
                }
                if (attemptNo >= maxAttempts) {
                    log.info("Command {} ({}) lost {} races for its streams; rejecting it", envelope.commandId(),
                            commandType, attemptNo);
                    CommandOutcome rejected = recordConflict(envelope, commandType);
                    notifyCommitted(rejected);
                    return rejected;
                }
                backOff(attemptNo);
            }
        }
    }

    /** The aggregates this pipeline runs, for tools that load streams. */
    public List<Aggregate<?, ?, ?>> aggregates() {
        return aggregates;
    }

    private EventStore events() {
        return attempt.events();
    }

    private Aggregate<?, ?, ?> aggregateFor(Object command) {
        for (Aggregate<?, ?, ?> aggregate : aggregates) {
            if (aggregate.commandType().isInstance(command)) {
                return aggregate;
            }
        }
        throw new IllegalArgumentException("no aggregate handles " + command.getClass().getName());
    }

    private CommandOutcome recordConflict(CommandEnvelope<?> envelope, String commandType) {
        CommandOutcome conflict = CommandOutcome.rejected(envelope.commandId(), CONFLICT,
                "the command lost the race for its streams " + maxAttempts + " times; send it again");
        try {
            return transactions.execute(status -> {
                Optional<CommandOutcome> recorded = commands.find(envelope.commandId());
                if (recorded.isPresent()) {
                    return recorded.get();
                }
                commands.record(envelope, commandType, conflict, clock.instant());
                return conflict;
            });
        } catch (DuplicateKeyException recordedMeanwhile) {
            return transactions.execute(status -> commands.find(envelope.commandId()).orElseThrow());
        }
    }

    private void notifyCommitted(CommandOutcome outcome) {
        for (CommitListener listener : listeners) {
            try {
                listener.committed(outcome);
            } catch (RuntimeException e) {
                log.warn("Commit listener {} failed; the relay's polling will pick the command up", listener, e);
            }
        }
    }

    private void saveSnapshots(PipelineAttempt.Result result) {
        for (PipelineAttempt.Snapshotting<?> due : result.snapshots()) {
            try {
                transactions.executeWithoutResult(status -> write(due));
            } catch (RuntimeException e) {
                log.warn("Could not snapshot {} at version {}; it will be replayed instead", due.stream(),
                        due.state().version(), e);
            }
        }
    }

    private <S> void write(PipelineAttempt.Snapshotting<S> due) {
        loader.snapshot(due.policy(), due.stream(), due.state(), clock.instant());
    }

    private static void backOff(int attemptNo) {
        long maxMillis = Math.min(50, 1L << attemptNo);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(maxMillis + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a command", e);
        }
    }
}
