package dev.eventualshop.payment.command.infrastructure.acquirer;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.payment.command.application.Acquirer;
import dev.eventualshop.payment.command.application.AcquirerAnswer;
import dev.eventualshop.payment.command.application.AcquirerOperation;
import dev.eventualshop.payment.command.application.IdempotencyKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * An acquirer in memory, for local mode and tests, with the test tokens card providers document: {@code tok_visa}
 * (and any other token) is approved with a reference {@code sim_<uuid>}, {@code tok_chargeDeclined} is declined
 * with {@code card_declined}, {@code tok_timeout} never answers (the call blocks until its caller gives up).
 * Like a real acquirer it answers a repeated idempotency key with its first answer, without acting again; it
 * counts the calls it was asked and the times it acted, per payment and operation.
 */
public final class SimulatedAcquirer implements Acquirer {

    public static final String DECLINED_TOKEN = "tok_chargeDeclined";
    public static final String TIMEOUT_TOKEN = "tok_timeout";

    private final Map<String, AcquirerAnswer> answers = new ConcurrentHashMap<>();
    private final Map<IdempotencyKey, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<IdempotencyKey, AtomicInteger> acted = new ConcurrentHashMap<>();

    @Override
    public AcquirerAnswer authorize(IdempotencyKey key, String token, Money amount) {
        increment(calls, key);
        if (TIMEOUT_TOKEN.equals(token)) {
            return neverAnswer();
        }
        return answer(key, () -> DECLINED_TOKEN.equals(token)
                ? new AcquirerAnswer.Declined("card_declined") : approve());
    }

    @Override
    public AcquirerAnswer capture(IdempotencyKey key, String reference, Money amount) {
        return approved(key);
    }

    @Override
    public AcquirerAnswer refund(IdempotencyKey key, String reference, Money amount) {
        return approved(key);
    }

    @Override
    public AcquirerAnswer voidAuthorization(IdempotencyKey key, String reference) {
        return approved(key);
    }

    /** How often {@code operation} was asked for {@code paymentId}, repeats included. */
    public int calls(UUID paymentId, AcquirerOperation operation) {
        return count(calls, new IdempotencyKey(paymentId, operation));
    }

    /** How often {@code operation} took effect for {@code paymentId}: at most once, whatever the repeats. */
    public int acted(UUID paymentId, AcquirerOperation operation) {
        return count(acted, new IdempotencyKey(paymentId, operation));
    }

    private AcquirerAnswer approved(IdempotencyKey key) {
        increment(calls, key);
        return answer(key, SimulatedAcquirer::approve);
    }

    private AcquirerAnswer answer(IdempotencyKey key, Supplier<AcquirerAnswer> act) {
        return answers.computeIfAbsent(key.value(), ignored -> {
            increment(acted, key);
            return act.get();
        });
    }

    private static AcquirerAnswer approve() {
        return new AcquirerAnswer.Approved("sim_" + UUID.randomUUID());
    }

    private static void increment(Map<IdempotencyKey, AtomicInteger> counts, IdempotencyKey key) {
        counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    private static int count(Map<IdempotencyKey, AtomicInteger> counts, IdempotencyKey key) {
        AtomicInteger count = counts.get(key);
        return count == null ? 0 : count.get();
    }

    /** Blocks until the caller interrupts it, as an acquirer that never answers holds its caller. */
    private static AcquirerAnswer neverAnswer() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("the simulated acquirer never answers " + TIMEOUT_TOKEN);
    }
}
