package dev.eventualshop.payment.command.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.payment.commands.PaymentCommand;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The worker reports what the acquirer answered, and only answers of the expected shape. */
class AcquirerWorkerTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final UUID PAYMENT = UUID.fromString("7b2e4c1d-9a3f-5b6e-8c7d-0e1f2a3b4c5d");
    static final AcquirerCall AUTHORIZE = new AcquirerCall(PAYMENT, AcquirerOperation.AUTHORIZE, "tok_visa",
            Money.of("10.00", "EUR"), null);

    final CommandPipeline pipeline = mock(CommandPipeline.class);
    final RecordingCalls calls = new RecordingCalls();

    AcquirerWorkerTest() {
        when(pipeline.handle(any())).thenAnswer(invocation -> CommandOutcome.succeeded(
                invocation.<CommandEnvelope<?>>getArgument(0).commandId(), List.of()));
    }

    AcquirerWorker worker(Acquirer acquirer) {
        return new AcquirerWorker(calls, acquirer, pipeline, Clock.fixed(NOW, ZoneOffset.UTC),
                new AcquirerWorker.Settings(Duration.ofMillis(50), Duration.ofSeconds(5), 2, Duration.ofMillis(200),
                        Duration.ofSeconds(3)));
    }

    @Test
    void a_decline_is_reported_under_an_id_derived_from_the_payment() {
        worker(answering(new AcquirerAnswer.Declined("card_declined"))).handle(AUTHORIZE);

        ArgumentCaptor<CommandEnvelope<?>> report = ArgumentCaptor.captor();
        verify(pipeline).handle(report.capture());
        assertThat(report.getValue().commandId()).isEqualTo(Uuids.v5(PAYMENT, "acquirer-AUTHORIZE"));
        assertThat(report.getValue().command())
                .isEqualTo(new PaymentCommand.RecordAuthorization(PAYMENT, false, null, "card_declined"));
        assertThat(calls.retries).isEmpty();
    }

    @Test
    void an_answer_of_an_unexpected_shape_is_not_recorded_and_the_call_is_made_again_later() {
        worker(answering(new AcquirerAnswer.Approved("<script>alert(1)</script>"))).handle(AUTHORIZE);
        worker(answering(new AcquirerAnswer.Declined("x".repeat(500)))).handle(AUTHORIZE);
        worker(answering(null)).handle(AUTHORIZE);

        verify(pipeline, never()).handle(any());
        assertThat(calls.retries).containsExactly(NOW.plusSeconds(3), NOW.plusSeconds(3), NOW.plusSeconds(3));
    }

    @Test
    void an_acquirer_that_does_not_answer_in_time_is_asked_again_later() {
        CountDownLatch never = new CountDownLatch(1);
        Acquirer silent = acquirer(() -> {
            never.await();
            return null;
        });

        worker(silent).handle(AUTHORIZE);

        verify(pipeline, never()).handle(any());
        assertThat(calls.retries).containsExactly(NOW.plusSeconds(3));
    }

    @Test
    void a_confirmed_void_is_forgotten_without_a_report() {
        worker(answering(new AcquirerAnswer.Approved("sim_1"))).handle(
                new AcquirerCall(PAYMENT, AcquirerOperation.VOID, null, null, "sim_1"));

        verify(pipeline, never()).handle(any());
        assertThat(calls.voidsDone).containsExactly(PAYMENT);
    }

    interface Answer {
        AcquirerAnswer get() throws InterruptedException;
    }

    static Acquirer answering(AcquirerAnswer answer) {
        return acquirer(() -> answer);
    }

    static Acquirer acquirer(Answer answer) {
        return new Acquirer() {
            @Override
            public AcquirerAnswer authorize(IdempotencyKey key, String token, Money amount) {
                return get();
            }

            @Override
            public AcquirerAnswer capture(IdempotencyKey key, String reference, Money amount) {
                return get();
            }

            @Override
            public AcquirerAnswer refund(IdempotencyKey key, String reference, Money amount) {
                return get();
            }

            @Override
            public AcquirerAnswer voidAuthorization(IdempotencyKey key, String reference) {
                return get();
            }

            private AcquirerAnswer get() {
                try {
                    return answer.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        };
    }

    /** Remembers what the worker did with its calls. */
    static final class RecordingCalls implements AcquirerCalls {
        final List<Instant> retries = new ArrayList<>();
        final List<UUID> voidsDone = new ArrayList<>();

        @Override
        public List<AcquirerCall> claimDue(Instant now, Duration lease, int limit) {
            return List.of();
        }

        @Override
        public void retryAt(AcquirerCall call, Instant dueAt) {
            retries.add(dueAt);
        }

        @Override
        public void voidDone(AcquirerCall call) {
            voidsDone.add(call.paymentId());
        }

        @Override
        public int due() {
            return 0;
        }
    }
}
