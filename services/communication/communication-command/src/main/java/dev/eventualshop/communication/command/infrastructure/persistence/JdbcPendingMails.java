package dev.eventualshop.communication.command.infrastructure.persistence;

import dev.eventualshop.communication.command.application.PendingMail;
import dev.eventualshop.communication.command.application.PendingMails;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link PendingMails} on the service's database. A claim is a conditional update (still due, or its lease run
 * out), so two senders never claim one attempt at once.
 */
public final class JdbcPendingMails implements PendingMails {

    private static final String CLAIMABLE = "(state = 'DUE' and due_at <= ?) or (state = 'SENDING' and lease_until <= ?)";

    private final JdbcTemplate jdbc;

    public JdbcPendingMails(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PendingMail> claimDue(Instant now, Duration lease, int limit) {
        var at = PendingMailsProjection.utc(now);
        List<PendingMail> candidates = jdbc.query(
                "select notification_id, attempt, recipient, subject, body from pending_mails where " + CLAIMABLE
                        + " order by due_at",
                (row, index) -> new PendingMail(row.getObject("notification_id", UUID.class), row.getInt("attempt"),
                        row.getString("recipient"), row.getString("subject"), row.getString("body")),
                at, at);
        List<PendingMail> claimed = new ArrayList<>();
        for (PendingMail mail : candidates) {
            if (claimed.size() == limit) {
                break;
            }
            int updated = jdbc.update("update pending_mails set state = 'SENDING', lease_until = ? "
                            + "where notification_id = ? and attempt = ? and (" + CLAIMABLE + ")",
                    PendingMailsProjection.utc(now.plus(lease)), mail.notificationId(), mail.attempt(), at, at);
            if (updated == 1) {
                claimed.add(mail);
            }
        }
        return claimed;
    }

    @Override
    public int count() {
        Integer count = jdbc.queryForObject("select count(*) from pending_mails", Integer.class);
        return count == null ? 0 : count;
    }
}
