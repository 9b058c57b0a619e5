package dev.eventualshop.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpConnectException;
import org.springframework.amqp.AmqpIOException;
import org.springframework.dao.DataIntegrityViolationException;

/** An outage of a dependency backs off; a failure of the message itself is retried, then parked. */
class FailureClassifierTest {

    @Test
    void a_broker_link_that_is_down_is_an_outage_however_deep_the_cause() {
        assertThat(FailureClassifier.isOutage(new AmqpIOException(new IOException("connection reset")))).isTrue();
        assertThat(FailureClassifier.isOutage(new IllegalStateException("announcing the update failed",
                new AmqpConnectException(new ConnectException("refused"))))).isTrue();
    }

    @Test
    void a_message_that_fails_by_itself_is_not_an_outage() {
        assertThat(FailureClassifier.isOutage(new IllegalArgumentException("no such field"))).isFalse();
        assertThat(FailureClassifier.isOutage(new DataIntegrityViolationException("duplicate"))).isFalse();
    }
}
