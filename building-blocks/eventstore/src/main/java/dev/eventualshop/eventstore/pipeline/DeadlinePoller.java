package dev.eventualshop.eventstore.pipeline;

import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.deadline.DeadlineStore;
import dev.eventualshop.eventstore.deadline.DueDeadline;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires due deadlines as commands through the pipeline, on the injected clock. The deadline id is the
 * command id, so a deadline fired twice (two replicas, or a crash between handling the command and deleting
 * the deadline) takes effect once: the second firing finds the recorded outcome.
 */
public class DeadlinePoller implements SmartLifecycle {

    /** The issuer recorded for commands that deadlines send. */
    public static final String ISSUER = "system:deadline";

    private static final Logger log = LoggerFactory.getLogger(DeadlinePoller.class);

    private final DeadlineStore deadlines;
    private final CommandPipeline pipeline;
    private final MessageCodec codec;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration interval;
    private final int batchSize;
    private final boolean autoStartup;
    private ScheduledExecutorService scheduler;

    public DeadlinePoller(DeadlineStore deadlines, CommandPipeline pipeline, MessageCodec codec,
                          TransactionTemplate transactions, Clock clock, Duration interval, int batchSize,
                          boolean autoStartup) {
        this.deadlines = deadlines;
        this.pipeline = pipeline;
        this.codec = codec;
        this.transactions = transactions;
        this.clock = clock;
        this.interval = interval;
        this.batchSize = batchSize;
        this.autoStartup = autoStartup;
    }

    /** Fires every deadline due now; returns how many were handled. */
    public int fireDue() {
        int fired = 0;
        List<DueDeadline> due;
        do {
            due = transactions.execute(status -> deadlines.due(clock.instant(), batchSize));
            for (DueDeadline deadline : due) {
                fire(deadline);
                fired++;
            }
        } while (due.size() == batchSize);
        return fired;
    }

    private void fire(DueDeadline deadline) {
        Object command = codec.deserialize(deadline.commandType(), deadline.revision(), deadline.payload());
        CommandOutcome outcome = pipeline.handle(new CommandEnvelope<>(deadline.deadlineId(), ISSUER,
                deadline.correlationId(), deadline.scheduledBy(), null, command));
        transactions.executeWithoutResult(status -> deadlines.delete(deadline.deadlineId()));
        log.debug("Deadline {} due at {} fired {}: {}", deadline.deadlineId(), deadline.dueAt(),
                deadline.commandType(), outcome.status());
    }

    private void poll() {
        try {
            fireDue();
        } catch (RuntimeException e) {
            log.warn("Firing due deadlines failed; trying again in {}", interval, e);
        }
    }

    @Override
    public boolean isAutoStartup() {
        return autoStartup;
    }

    @Override
    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofVirtual().name("deadline-poller").factory());
            scheduler.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
