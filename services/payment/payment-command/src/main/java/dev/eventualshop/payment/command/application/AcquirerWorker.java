package dev.eventualshop.payment.command.application;

import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.eventstore.pipeline.WorkPoller;
import dev.eventualshop.payment.command.domain.AcquirerText;
import dev.eventualshop.payment.commands.PaymentCommand;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Makes the due acquirer calls, each on a virtual thread of its own and bounded by {@code callTimeout} (never on a
 * consumer's thread, so a silent acquirer holds up no message), and reports the answers through the pipeline as
 * Payment's internal commands. A report's command id derives from the payment and the operation, so a report made
 * twice counts once. A call that times out, fails or answers in an unexpected shape is made again after
 * {@code retryAfter} with the same idempotency key, as long as the payment still asks for it.
 */
public class AcquirerWorker implements SmartLifecycle {

    /** The issuer recorded for the worker's reports. */
    public static final String ISSUER = "system:acquirer-client";

    private static final Logger log = LoggerFactory.getLogger(AcquirerWorker.class);

    private final AcquirerCalls calls;
    private final Acquirer acquirer;
    private final CommandPipeline pipeline;
    private final Clock clock;
    private final Settings settings;
    private final WorkPoller<AcquirerCall> callers;
    /** Runs each call on a thread of its own, so its caller can stop waiting for it after the timeout. */
    private final ExecutorService calling = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("acquirer-call-", 0).factory());

    /**
     * @param pollInterval how often due calls are looked for
     * @param lease        how long a claimed call is left to its caller (longer than {@code callTimeout})
     * @param concurrency  how many calls are made at once
     * @param callTimeout  how long one call may take before it counts as failed
     * @param retryAfter   the pause before a failed call is made again
     */
    public record Settings(Duration pollInterval, Duration lease, int concurrency, Duration callTimeout,
                           Duration retryAfter) {
        public Settings {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (lease.compareTo(callTimeout) <= 0) {
                throw new IllegalArgumentException("the lease must outlast the call timeout, or calls overlap");
            }
        }
    }

    public AcquirerWorker(AcquirerCalls calls, Acquirer acquirer, CommandPipeline pipeline, Clock clock,
                          Settings settings) {
        this.calls = calls;
        this.acquirer = acquirer;
        this.pipeline = pipeline;
        this.clock = clock;
        this.settings = settings;
        this.callers = new WorkPoller<>("acquirer-caller", settings.pollInterval(), settings.concurrency(),
                limit -> calls.claimDue(clock.instant(), settings.lease(), limit), this::handle);
    }

    /** Claims what is due and hands each call to a caller; returns how many were claimed. */
    public int callDue() {
        return callers.runDue();
    }

    /** Makes {@code call} and reports its answer, or puts it back for a later try. */
    void handle(AcquirerCall call) {
        AcquirerAnswer answer;
        try {
            answer = valid(withTimeout(call));
        } catch (RuntimeException | TimeoutException | ExecutionException failure) {
            log.warn("{} failed ({}); trying again in {}", call, failure.getClass().getSimpleName(),
                    settings.retryAfter());
            calls.retryAt(call, clock.instant().plus(settings.retryAfter()));
            return;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return;
        }
        report(call, answer);
    }

    private void report(AcquirerCall call, AcquirerAnswer answer) {
        PaymentCommand command = switch (call.operation()) {
            case AUTHORIZE -> switch (answer) {
                case AcquirerAnswer.Approved approved ->
                        new PaymentCommand.RecordAuthorization(call.paymentId(), true, approved.reference(), null);
                case AcquirerAnswer.Declined declined ->
                        new PaymentCommand.RecordAuthorization(call.paymentId(), false, null, declined.reason());
            };
            case CAPTURE -> answer instanceof AcquirerAnswer.Approved
                    ? new PaymentCommand.RecordCapture(call.paymentId()) : null;
            case REFUND -> answer instanceof AcquirerAnswer.Approved
                    ? new PaymentCommand.RecordRefund(call.paymentId()) : null;
            case VOID -> null;
        };
        if (command == null && answer instanceof AcquirerAnswer.Declined declined) {
            // A refused capture, refund or void needs an operator; until then it is asked again, never dropped.
            log.error("ALERT: the acquirer refused {} ({}); trying again in {}", call, declined.reason(),
                    settings.retryAfter());
            calls.retryAt(call, clock.instant().plus(settings.retryAfter()));
            return;
        }
        if (command == null) {
            calls.voidDone(call);
            return;
        }
        try {
            CommandOutcome outcome = pipeline.handle(CommandEnvelope.of(
                    Uuids.v5(call.paymentId(), "acquirer-" + call.operation().name()), ISSUER, command));
            if (outcome.status() != CommandOutcome.Status.SUCCEEDED) {
                log.warn("The report of {} was {} {}", call, outcome.status(), outcome.reason());
            }
        } catch (RuntimeException unrecorded) {
            // The call stays claimed; once its lease runs out it is made again with the same key, and reported.
            log.warn("Recording the answer to {} failed; asking again after the lease", call, unrecorded);
        }
    }

    private AcquirerAnswer withTimeout(AcquirerCall call)
            throws InterruptedException, ExecutionException, TimeoutException {
        Future<AcquirerAnswer> answer = calling.submit(() -> switch (call.operation()) {
            case AUTHORIZE -> acquirer.authorize(call.key(), call.token(), call.amount());
            case CAPTURE -> acquirer.capture(call.key(), call.reference(), call.amount());
            case REFUND -> acquirer.refund(call.key(), call.reference(), call.amount());
            case VOID -> acquirer.voidAuthorization(call.key(), call.reference());
        });
        try {
            return answer.get(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            answer.cancel(true);
        }
    }

    /** The acquirer's answer is untrusted: a reference or reason of another shape is not an answer. */
    private static AcquirerAnswer valid(AcquirerAnswer answer) {
        boolean valid = switch (answer) {
            case AcquirerAnswer.Approved approved -> AcquirerText.isReference(approved.reference());
            case AcquirerAnswer.Declined declined -> AcquirerText.isReason(declined.reason());
            case null -> false;
        };
        if (!valid) {
            throw new IllegalStateException("the acquirer answered in an unexpected shape");
        }
        return answer;
    }

    @Override
    public void start() {
        callers.start();
    }

    @Override
    public void stop() {
        callers.stop();
    }

    @Override
    public boolean isRunning() {
        return callers.isRunning();
    }
}
