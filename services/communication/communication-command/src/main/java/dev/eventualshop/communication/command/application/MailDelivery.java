package dev.eventualshop.communication.command.application;

import dev.eventualshop.communication.commands.CommunicationCommand;
import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends due mails, each on a virtual thread of its own (never on a consumer's thread, so a slow mail server
 * holds up no message), and reports every attempt through the pipeline as {@code RecordMailSent} or
 * {@code RecordMailFailed}. The report's command id derives from the notification and the attempt, so a
 * report made twice counts once. A sender that stops between the server's acceptance and the report sends that
 * mail again once its claim expires: at least once, never silently lost.
 */
public class MailDelivery implements SmartLifecycle {

    /** The issuer recorded for the sender's reports. */
    public static final String ISSUER = "system:mail-sender";

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final PendingMails mails;
    private final Mailer mailer;
    private final CommandPipeline pipeline;
    private final Clock clock;
    private final Settings settings;
    private final Semaphore inFlight;
    private ScheduledExecutorService poller;
    private ExecutorService senders;

    /**
     * @param pollInterval how often due mails are looked for
     * @param lease        how long a claimed mail is left to its sender before another may claim it
     * @param concurrency  how many mails are sent at once
     */
    public record Settings(Duration pollInterval, Duration lease, int concurrency) {
        public Settings {
            Objects.requireNonNull(pollInterval, "pollInterval");
            Objects.requireNonNull(lease, "lease");
            if (concurrency < 1) {
                throw new IllegalArgumentException("concurrency must be at least 1");
            }
        }
    }

    public MailDelivery(PendingMails mails, Mailer mailer, CommandPipeline pipeline, Clock clock, Settings settings) {
        this.mails = mails;
        this.mailer = mailer;
        this.pipeline = pipeline;
        this.clock = clock;
        this.settings = settings;
        this.inFlight = new Semaphore(settings.concurrency());
    }

    /** Claims what is due and hands each mail to a sender; returns how many were claimed. */
    public int sendDue() {
        int free = inFlight.availablePermits();
        if (free == 0) {
            return 0;
        }
        List<PendingMail> due = mails.claimDue(clock.instant(), settings.lease(), free);
        for (PendingMail mail : due) {
            inFlight.acquireUninterruptibly();
            try {
                senders.execute(() -> {
                    try {
                        attempt(mail);
                    } finally {
                        inFlight.release();
                    }
                });
            } catch (RuntimeException rejected) {
                inFlight.release();
                throw rejected;
            }
        }
        return due.size();
    }

    /** Makes one attempt of {@code mail} and reports it. */
    void attempt(PendingMail mail) {
        CommunicationCommand report;
        try {
            mailer.send(mail);
            report = new CommunicationCommand.RecordMailSent(mail.notificationId(), mail.attempt(), clock.instant());
        } catch (RuntimeException failure) {
            String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            log.warn("Attempt {} of mail {} failed: {}", mail.attempt(), mail.notificationId(), error);
            report = new CommunicationCommand.RecordMailFailed(mail.notificationId(), mail.attempt(), error,
                    clock.instant());
        }
        String kind = report instanceof CommunicationCommand.RecordMailSent ? "sent-" : "failed-";
        CommandOutcome outcome = pipeline.handle(CommandEnvelope.of(
                Uuids.v5(mail.notificationId(), kind + mail.attempt()), ISSUER, report));
        if (outcome.status() != CommandOutcome.Status.SUCCEEDED) {
            log.warn("The report of attempt {} of mail {} was {} {}", mail.attempt(), mail.notificationId(),
                    outcome.status(), outcome.reason());
        }
    }

    private void poll() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Looking for due mails failed; trying again in {}", settings.pollInterval(), e);
        }
    }

    @Override
    public synchronized void start() {
        if (poller == null) {
            senders = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("mail-sender-", 0).factory());
            poller = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("mail-poller").factory());
            long interval = settings.pollInterval().toMillis();
            poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            senders.shutdown();
            try {
                if (!senders.awaitTermination(10, TimeUnit.SECONDS)) {
                    senders.shutdownNow();
                }
            } catch (InterruptedException e) {
                senders.shutdownNow();
                Thread.currentThread().interrupt();
            }
            poller = null;
            senders = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return poller != null;
    }
}
