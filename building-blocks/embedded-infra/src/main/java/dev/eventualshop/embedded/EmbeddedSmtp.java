package dev.eventualshop.embedded;

import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * An SMTP server inside the JVM for local mode and tests: GreenMail accepts every mail without
 * authentication and keeps it in memory, per recipient, so a test or local mode's {@code /dev/mail} page
 * can read what the shop sent. Nothing is delivered anywhere and nothing survives a restart. It listens on
 * 127.0.0.1 only.
 */
public final class EmbeddedSmtp implements AutoCloseable {

    private final GreenMail greenMail;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedSmtp(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /**
     * Starts listening.
     *
     * @throws IllegalStateException when it cannot start, for instance because the port is taken
     */
    public static EmbeddedSmtp start(SmtpSettings settings) {
        EmbeddedLogging.quieten();
        GreenMail greenMail = new GreenMail(new ServerSetup(settings.port(), Ports.LOOPBACK, ServerSetup.PROTOCOL_SMTP));
        try {
            greenMail.start();
            return new EmbeddedSmtp(greenMail);
        } catch (RuntimeException e) {
            greenMail.stop();
            throw new IllegalStateException("Embedded SMTP did not start on " + Ports.LOOPBACK + ":"
                    + settings.port(), e);
        }
    }

    public String host() {
        return Ports.LOOPBACK;
    }

    /** The port it listens on: the configured one, or the one picked when 0 was asked for. */
    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /**
     * The mails delivered to {@code to} (case-insensitive), oldest first; a copy, not a live view. GreenMail's
     * search walks its mailboxes while deliveries may add to them, which throws
     * {@link ConcurrentModificationException}; the walk is simply made again.
     */
    public List<ReceivedMail> received(String to) {
        for (int attempt = 1; ; attempt++) {
            try {
                return greenMail.findReceivedMessages(user -> to.equalsIgnoreCase(user.getEmail()), message -> true)
                        .map(message -> toReceivedMail(to, message))
                        .toList();
            } catch (ConcurrentModificationException deliveryArrived) {
                if (attempt == 10) {
                    throw deliveryArrived;
                }
                Thread.yield();
            }
        }
    }

    /** Stops listening and forgets every mail. Calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            greenMail.stop();
        }
    }

    private static ReceivedMail toReceivedMail(String to, MimeMessage message) {
        try {
            return new ReceivedMail(to, message.getSubject(), MailText.of(message));
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot read a mail sent to " + to, e);
        }
    }
}
