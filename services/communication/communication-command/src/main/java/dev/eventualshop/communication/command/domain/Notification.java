package dev.eventualshop.communication.command.domain;

import java.time.Instant;
import java.util.UUID;

/** What the decider knows of one mail: whether it was asked for, which attempt is due or failed, and how it ended. */
public sealed interface Notification {

    /** Nothing was asked for under this id. */
    record None() implements Notification {
    }

    /** Attempt {@code attempt} is due (or being made): the sender reports it sent or failed. */
    record Due(UUID notificationId, int attempt) implements Notification {
    }

    /** Attempt {@code failedAttempt} failed; the next one is due at {@code retryAt}, when its deadline fires. */
    record Waiting(UUID notificationId, int failedAttempt, Instant retryAt) implements Notification {
    }

    /** The SMTP server accepted the mail. */
    record Sent(UUID notificationId) implements Notification {
    }

    /** Every attempt failed: the mail is given up. */
    record Abandoned(UUID notificationId) implements Notification {
    }
}
