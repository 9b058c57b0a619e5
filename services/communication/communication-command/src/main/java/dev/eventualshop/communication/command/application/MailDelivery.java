package dev.eventualshop.communication.command.application;

import dev.eventualshop.communication.commands.CommunicationCommand;
import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.eventstore.pipeline.WorkPoller;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
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

    private final Mailer mailer;
    private final CommandPipeline pipeline;
    private final Clock clock;
    private final WorkPoller<PendingMail> senders;

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
        this.mailer = mailer;
        this.pipeline = pipeline;
        this.clock = clock;
        this.senders = new WorkPoller<>("mail-sender", settings.pollInterval(), settings.concurrency(),
                limit -> mails.claimDue(clock.instant(), settings.lease(), limit), this::attempt);
    }

    /** Claims what is due and hands each mail to a sender; returns how many were claimed. */
    public int sendDue() {
        return senders.runDue();
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

    @Override
    public void start() {
        senders.start();
    }

    @Override
    public void stop() {
        senders.stop();
    }

    @Override
    public boolean isRunning() {
        return senders.isRunning();
    }
}
