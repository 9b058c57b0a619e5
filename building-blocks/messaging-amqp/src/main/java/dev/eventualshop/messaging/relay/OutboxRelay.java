package dev.eventualshop.messaging.relay;

import dev.eventualshop.eventstore.outbox.Outbox;
import dev.eventualshop.eventstore.outbox.OutboxEntry;
import dev.eventualshop.eventstore.outbox.RelayLease;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.pipeline.CommitListener;
import dev.eventualshop.messaging.Topology;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.SmartLifecycle;

/**
 * Publishes the outbox: reads unsent {@code commands} rows in position order and publishes each one's domain
 * events, integration events and outcome with publisher confirms and mandatory routing. A row is marked sent
 * only when every one of its messages was confirmed positively and none was returned; rows are marked in
 * order, so nothing after an unconfirmed row is marked either, and the next round publishes them again
 * (at-least-once; consumers recognise duplicates by message id and version).
 *
 * <p>One relay per service is active, the holder of a database lease. It is woken right after a command
 * commits and polls as a fallback. Exchanges are declared before the first batch and again after any batch
 * that was not fully confirmed (a deleted exchange closes the channel on both brokers; see ADR 0003).
 */
public class OutboxRelay implements SmartLifecycle, CommitListener {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final RelayLease lease;
    private final OutboundMessages messages;
    private final RelayPublisher publisher;
    private final AmqpAdmin admin;
    private final List<Exchange> exchanges;
    private final Clock clock;
    private final RelaySettings settings;
    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;
    private long leaseRenewedAt;
    /** The exchanges declared since the last failure: the configured ones, then any a sent command goes to. */
    private final Set<String> declared = new HashSet<>();

    public OutboxRelay(Outbox outbox, RelayLease lease, OutboundMessages messages, RabbitTemplate template,
                       AmqpAdmin admin, List<Exchange> exchanges, Clock clock, RelaySettings settings) {
        this.outbox = outbox;
        this.lease = lease;
        this.messages = messages;
        this.publisher = new RelayPublisher(template, settings.confirmTimeout());
        this.admin = admin;
        this.exchanges = List.copyOf(exchanges);
        this.clock = clock;
        this.settings = settings;
        Gauge.builder("eventualshop.relay.unsent", outbox, Outbox::unsentCount)
                .description("commands committed but not yet published").tag("relay", settings.leaseName())
                .register(Metrics.globalRegistry);
    }

    @Override
    public void committed(CommandOutcome outcome) {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    /**
     * Publishes one batch if this relay holds the lease; returns the number of rows marked sent, or -1 when
     * another replica's relay holds the lease.
     */
    public int publishOnce() {
        if (!holdsLease()) {
            return -1;
        }
        long started = System.nanoTime();
        List<OutboxEntry> batch = outbox.unsent(settings.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        long read = System.nanoTime();
        List<List<OutboundMessage>> perRow = new ArrayList<>(batch.size());
        batch.forEach(entry -> perRow.add(messages.of(entry)));
        declare(perRow);
        long mapped = System.nanoTime();
        int confirmed = publisher.publish(perRow);
        long published = System.nanoTime();
        if (confirmed > 0) {
            outbox.markSent(batch.subList(0, confirmed), clock.instant());
        }
        if (log.isDebugEnabled()) {
            log.debug("Relay {}: {} rows read in {} ms, declared and mapped in {} ms, published and confirmed in {} ms,"
                            + " marked in {} ms", settings.leaseName(), batch.size(), (read - started) / 1_000_000,
                    (mapped - read) / 1_000_000, (published - mapped) / 1_000_000,
                    (System.nanoTime() - published) / 1_000_000);
        }
        if (confirmed < batch.size()) {
            declared.clear();
            Metrics.counter("eventualshop.relay.unconfirmed", "relay", settings.leaseName()).increment();
            OutboxEntry stuck = batch.get(confirmed);
            log.error("ALERT relay {}: command {} ({}) at position {} was not confirmed by the broker or was "
                            + "unroutable; it and {} later rows stay unsent and will be published again",
                    settings.leaseName(), stuck.commandId(), stuck.commandType(), stuck.position(),
                    batch.size() - confirmed - 1);
        }
        return confirmed;
    }

    /**
     * Declares the configured exchanges, and the commands exchange of every context the batch sends a command to,
     * unless declared since the last failure: RabbitMQ refuses a publish to a missing exchange and Qpid drops it.
     */
    private void declare(List<List<OutboundMessage>> perRow) {
        if (declared.isEmpty()) {
            exchanges.forEach(exchange -> {
                admin.declareExchange(exchange);
                declared.add(exchange.getName());
            });
        }
        for (List<OutboundMessage> row : perRow) {
            for (OutboundMessage message : row) {
                if (declared.add(message.exchange())) {
                    admin.declareExchange(Topology.exchange(message.exchange()));
                }
            }
        }
    }

    /**
     * Takes or renews the lease on the database's clock, at most every third of its time to live: renewing on
     * every batch would add two round trips to each. A relay that overran its lease (a long pause) only
     * publishes duplicates, which consumers recognise.
     */
    private boolean holdsLease() {
        long now = System.nanoTime();
        if (leaseRenewedAt != 0 && now - leaseRenewedAt < settings.leaseTtl().toNanos() / 3) {
            return true;
        }
        if (lease.tryAcquire(settings.leaseName(), settings.owner(), settings.leaseTtl())) {
            leaseRenewedAt = now;
            return true;
        }
        leaseRenewedAt = 0;
        return false;
    }

    private void run() {
        while (running) {
            int published;
            try {
                published = publishOnce();
            } catch (RuntimeException e) {
                declared.clear();
                log.warn("Relay {} could not publish; retrying in {}: {}", settings.leaseName(),
                        settings.pollInterval(), e.toString());
                published = 0;
            }
            if (published == settings.batchSize()) {
                continue;
            }
            await(published < 0 ? settings.leaseTtl().dividedBy(3) : settings.pollInterval());
        }
        lease.release(settings.leaseName(), settings.owner());
        leaseRenewedAt = 0;
    }

    private void await(Duration timeout) {
        try {
            wakeups.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
            wakeups.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void start() {
        if (!running) {
            running = true;
            worker = Thread.ofPlatform().name("outbox-relay-" + settings.leaseName()).daemon().start(this::run);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (worker != null) {
            wakeups.release();
            try {
                worker.join(settings.confirmTimeout().plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
