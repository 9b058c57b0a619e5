package dev.eventualshop.messaging.consumer;

import com.rabbitmq.client.ShutdownSignalException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Set;
import org.springframework.amqp.AmqpConnectException;
import org.springframework.amqp.AmqpIOException;
import org.springframework.amqp.AmqpTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the message itself (retry, then park) from an outage of a dependency (database,
 * MongoDB, SMTP, the broker a handler publishes to): in an outage nothing is parked and nothing acknowledged; the
 * consumer backs off instead. A projection that announces its update on {@code projections.updates} while the
 * broker link is down fails with the broker's exception, which is an outage, not a poison message.
 */
public final class FailureClassifier {

    private static final Set<String> OUTAGE_TYPES = Set.of(
            "com.mongodb.MongoSocketException", "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoSocketOpenException", "com.mongodb.MongoSocketReadException",
            "org.springframework.mail.MailSendException", "jakarta.mail.MessagingException");

    private FailureClassifier() {
    }

    /** Whether {@code failure} (or a cause of it) means a dependency is unavailable. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException || cause instanceof AmqpConnectException
                    || cause instanceof AmqpIOException || cause instanceof AmqpTimeoutException
                    || cause instanceof ShutdownSignalException || namedOutage(cause.getClass())) {
                return true;
            }
        }
        return false;
    }

    private static boolean namedOutage(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (OUTAGE_TYPES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
