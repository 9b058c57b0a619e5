package dev.eventualshop.communication.command.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The mails waiting to be sent, kept by the pipeline's inline projection in the transaction of the events that
 * change them. The sender claims due ones for a while ({@code lease}), so a sender that died mid-attempt leaves
 * its mails to be claimed again once the lease runs out.
 */
public interface PendingMails {

    /** Claims up to {@code limit} mails whose attempt is due at {@code now}, for {@code lease}. */
    List<PendingMail> claimDue(Instant now, Duration lease, int limit);

    /** How many mails wait for an attempt (due, being sent, or waiting for a retry). */
    int count();
}
