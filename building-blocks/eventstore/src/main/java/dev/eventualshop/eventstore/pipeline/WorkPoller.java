package dev.eventualshop.eventstore.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a context's calls to the outside world (SMTP, the acquirer) off the consumer threads, so a slow or silent
 * server holds up no message: every {@code pollInterval} it claims as many due items as it has free places (at most
 * {@code concurrency} under way) and hands each to {@code work} on a virtual thread of its own. The work reports
 * what it found out through the pipeline as a command; the claim is the store's (a lease, so an item whose worker
 * died is claimed again once the lease runs out). Stopping lets the work under way finish for a while, then
 * interrupts it.
 *
 * @param <T> a claimed item
 */
public final class WorkPoller<T> implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WorkPoller.class);
    private static final long STOP_GRACE_SECONDS = 10;

    private final String name;
    private final Duration pollInterval;
    private final IntFunction<List<T>> claim;
    private final Consumer<T> work;
    private final Semaphore free;
    private ScheduledExecutorService poller;
    private ExecutorService workers;

    /**
     * @param name         names the threads, e.g. {@code mail-sender}
     * @param pollInterval how often due items are looked for
     * @param concurrency  how many items are worked on at once
     * @param claim        claims up to the given number of due items
     * @param work         works on one claimed item
     */
    public WorkPoller(String name, Duration pollInterval, int concurrency, IntFunction<List<T>> claim,
                      Consumer<T> work) {
        this.name = Objects.requireNonNull(name, "name");
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        this.free = new Semaphore(concurrency);
        this.claim = Objects.requireNonNull(claim, "claim");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** Claims what is due and hands each item to a worker; returns how many were claimed. */
    public int runDue() {
        int places = free.availablePermits();
        if (places == 0) {
            return 0;
        }
        List<T> due = claim.apply(places);
        for (T item : due) {
            free.acquireUninterruptibly();
            try {
                workers.execute(() -> {
                    try {
                        work.accept(item);
                    } finally {
                        free.release();
                    }
                });
            } catch (RuntimeException rejected) {
                free.release();
                throw rejected;
            }
        }
        return due.size();
    }

    private void poll() {
        try {
            runDue();
        } catch (RuntimeException e) {
            log.warn("{}: looking for due work failed; trying again in {}", name, pollInterval, e);
        }
    }

    @Override
    public synchronized void start() {
        if (poller == null) {
            workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(name + "-", 0).factory());
            poller = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name(name + "-poller").factory());
            long interval = pollInterval.toMillis();
            poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            workers.shutdown();
            try {
                if (!workers.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                    workers.shutdownNow();
                }
            } catch (InterruptedException e) {
                workers.shutdownNow();
                Thread.currentThread().interrupt();
            }
            poller = null;
            workers = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }
}
