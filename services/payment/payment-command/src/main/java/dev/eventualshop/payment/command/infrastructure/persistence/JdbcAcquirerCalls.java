package dev.eventualshop.payment.command.infrastructure.persistence;

import dev.eventualshop.contracts.Money;
import dev.eventualshop.payment.command.application.AcquirerCall;
import dev.eventualshop.payment.command.application.AcquirerCalls;
import dev.eventualshop.payment.command.application.AcquirerOperation;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link AcquirerCalls} on the service's database. A claim is a conditional update (still due, or its lease run
 * out), so two workers never make one call at once; a retry or a finished void touches the row only while it still
 * asks for the same operation, so a call the payment no longer wants (voided meanwhile) is not put back.
 */
public final class JdbcAcquirerCalls implements AcquirerCalls {

    private static final String CLAIMABLE = "(state = 'DUE' and due_at <= ?) or (state = 'CALLING' and lease_until <= ?)";

    private final JdbcTemplate jdbc;

    public JdbcAcquirerCalls(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<AcquirerCall> claimDue(Instant now, Duration lease, int limit) {
        var at = AcquirerCallsProjection.utc(now);
        List<AcquirerCall> candidates = jdbc.query(
                "select payment_id, operation, token, amount, currency, reference from acquirer_calls where "
                        + CLAIMABLE + " order by due_at",
                (row, index) -> {
                    BigDecimal amount = row.getBigDecimal("amount");
                    return new AcquirerCall(row.getObject("payment_id", UUID.class),
                            AcquirerOperation.valueOf(row.getString("operation")), row.getString("token"),
                            amount == null ? null : new Money(amount, row.getString("currency").strip()),
                            row.getString("reference"));
                }, at, at);
        List<AcquirerCall> claimed = new ArrayList<>();
        for (AcquirerCall call : candidates) {
            if (claimed.size() == limit) {
                break;
            }
            int updated = jdbc.update("update acquirer_calls set state = 'CALLING', lease_until = ? "
                            + "where payment_id = ? and operation = ? and (" + CLAIMABLE + ")",
                    AcquirerCallsProjection.utc(now.plus(lease)), call.paymentId(), call.operation().name(), at, at);
            if (updated == 1) {
                claimed.add(call);
            }
        }
        return claimed;
    }

    @Override
    public void retryAt(AcquirerCall call, Instant dueAt) {
        jdbc.update("update acquirer_calls set state = 'DUE', due_at = ?, lease_until = null "
                        + "where payment_id = ? and operation = ? and state = 'CALLING'",
                AcquirerCallsProjection.utc(dueAt), call.paymentId(), call.operation().name());
    }

    @Override
    public void voidDone(AcquirerCall call) {
        jdbc.update("delete from acquirer_calls where payment_id = ? and operation = 'VOID'", call.paymentId());
    }

    @Override
    public int due() {
        Integer count = jdbc.queryForObject("select count(*) from acquirer_calls where state <> 'IDLE'", Integer.class);
        return count == null ? 0 : count;
    }
}
