package dev.eventualshop.payment.command.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The calls due at the acquirer, one per payment at most, kept by the pipeline's inline projection in the
 * transaction of the events that ask for them. The worker claims due ones for a while ({@code lease}), so a worker
 * that died mid-call leaves its calls to be claimed again, with the same idempotency key, once the lease runs out.
 */
public interface AcquirerCalls {

    /** Claims up to {@code limit} calls due at {@code now}, for {@code lease}. */
    List<AcquirerCall> claimDue(Instant now, Duration lease, int limit);

    /** Puts a claimed call back, due again at {@code dueAt}, unless the payment asks for something else meanwhile. */
    void retryAt(AcquirerCall call, Instant dueAt);

    /** Forgets a void the acquirer confirmed: nothing is left to do for the payment. */
    void voidDone(AcquirerCall call);

    /** How many payments have a call due or under way. */
    int due();
}
