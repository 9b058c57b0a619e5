package dev.eventualshop.payment.command.infrastructure.persistence;

import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.RecordedEvent;
import dev.eventualshop.eventstore.pipeline.InlineProjection;
import dev.eventualshop.payment.internal.PaymentEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps {@code acquirer_calls} in step with the payments' events, inside the append transaction: a request makes
 * its call due, the event that records the acquirer's answer settles it. A void deletes a pending authorization,
 * so a payment voided while the acquirer is silent is not asked again.
 */
public final class AcquirerCallsProjection implements InlineProjection<PaymentEvent> {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public AcquirerCallsProjection(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void apply(CommandEnvelope<?> envelope, List<RecordedEvent<PaymentEvent>> events) {
        OffsetDateTime now = utc(clock.instant());
        for (RecordedEvent<PaymentEvent> event : events) {
            UUID id = event.payload().paymentId();
            switch (event.payload()) {
                case PaymentEvent.PaymentRequested requested -> jdbc.update("""
                        insert into acquirer_calls (payment_id, operation, state, token, amount, currency, due_at)
                        values (?, 'AUTHORIZE', 'DUE', ?, ?, ?, ?)""", id, requested.token(),
                        requested.amount().amount(), requested.amount().currency(), now);
                case PaymentEvent.PaymentAuthorized authorized -> jdbc.update("""
                        update acquirer_calls set operation = 'NONE', state = 'IDLE', token = null, reference = ?,
                        due_at = null, lease_until = null where payment_id = ?""", authorized.acquirerReference(), id);
                case PaymentEvent.CaptureRequested requested -> due(id, "CAPTURE", now);
                case PaymentEvent.PaymentCaptured captured -> jdbc.update("""
                        update acquirer_calls set operation = coalesce(next_operation, 'NONE'),
                        state = case when next_operation is null then 'IDLE' else 'DUE' end,
                        next_operation = null, due_at = ?, lease_until = null where payment_id = ?""", now, id);
                case PaymentEvent.RefundRequested requested -> {
                    jdbc.update("update acquirer_calls set next_operation = 'REFUND' "
                            + "where payment_id = ? and operation = 'CAPTURE'", id);
                    jdbc.update("update acquirer_calls set operation = 'REFUND', state = 'DUE', due_at = ? "
                            + "where payment_id = ? and operation = 'NONE'", now, id);
                }
                case PaymentEvent.PaymentVoided voided -> {
                    if (voided.authorizationReleased()) {
                        due(id, "VOID", now);
                    } else {
                        delete(id);
                    }
                }
                case PaymentEvent.LateAuthorizationReleased late -> {
                    delete(id);
                    jdbc.update("""
                            insert into acquirer_calls (payment_id, operation, state, reference, due_at)
                            values (?, 'VOID', 'DUE', ?, ?)""", id, late.acquirerReference(), now);
                }
                case PaymentEvent.PaymentDeclined declined -> delete(id);
                case PaymentEvent.PaymentRefunded refunded -> delete(id);
            }
        }
    }

    private void due(UUID paymentId, String operation, OffsetDateTime now) {
        jdbc.update("update acquirer_calls set operation = ?, state = 'DUE', due_at = ?, lease_until = null "
                + "where payment_id = ?", operation, now, paymentId);
    }

    private void delete(UUID paymentId) {
        jdbc.update("delete from acquirer_calls where payment_id = ?", paymentId);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
