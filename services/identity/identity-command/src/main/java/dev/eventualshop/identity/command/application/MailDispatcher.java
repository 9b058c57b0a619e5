package dev.eventualshop.identity.command.application;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mail after the command that asked for it has committed, on a thread of its own, so no request or
 * consumer waits for SMTP. A failed send is retried a few times with a doubling pause; a mail that still
 * fails is logged by id and subject (never its text, which may hold a token) and dropped: the person can ask
 * for a new link.
 */
public class MailDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final Mailer mailer;
    private final ExecutorService executor;
    private final int attempts;
    private final Duration firstPause;

    public MailDispatcher(Mailer mailer, ExecutorService executor, int attempts, Duration firstPause) {
        if (attempts < 1) {
            throw new IllegalArgumentException("a mail is tried at least once");
        }
        this.mailer = mailer;
        this.executor = executor;
        this.attempts = attempts;
        this.firstPause = firstPause;
    }

    /** Queues {@code mail} and returns at once. */
    public void dispatch(Mail mail) {
        executor.execute(() -> sendWithRetries(mail));
    }

    private void sendWithRetries(Mail mail) {
        Duration pause = firstPause;
        for (int attempt = 1; ; attempt++) {
            try {
                mailer.send(mail);
                log.debug("Sent mail {} ({})", mail.mailId(), mail.subject());
                return;
            } catch (RuntimeException e) {
                if (attempt >= attempts) {
                    log.warn("Giving up on mail {} ({}) after {} attempts: {}", mail.mailId(), mail.subject(),
                            attempt, e.getClass().getSimpleName());
                    return;
                }
                log.info("Mail {} ({}) failed on attempt {}; retrying in {}", mail.mailId(), mail.subject(), attempt,
                        pause);
                if (!sleep(pause)) {
                    return;
                }
                pause = pause.multipliedBy(2);
            }
        }
    }

    private static boolean sleep(Duration pause) {
        try {
            Thread.sleep(pause);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Lets queued mail go out for a moment, then stops. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
