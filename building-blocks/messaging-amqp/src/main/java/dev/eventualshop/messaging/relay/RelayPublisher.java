package dev.eventualshop.messaging.relay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Publishes rows of messages on one channel (so the broker keeps their order) and tells how many leading rows
 * were confirmed. The two brokers differ (ARCHITECTURE.md, "Known pitfalls"): RabbitMQ acks an unroutable
 * mandatory message after returning it, so a row counts only if every message was acked and none returned.
 */
final class RelayPublisher {

    private static final Logger log = LoggerFactory.getLogger(RelayPublisher.class);

    private final RabbitTemplate template;
    private final Duration confirmTimeout;

    RelayPublisher(RabbitTemplate template, Duration confirmTimeout) {
        this.template = template;
        this.confirmTimeout = confirmTimeout;
    }

    /** The number of leading rows whose messages were all confirmed and none returned. */
    int publish(List<List<OutboundMessage>> rows) {
        try {
            Integer confirmed = template.invoke(operations -> {
                List<List<CorrelationData>> pending = new ArrayList<>(rows.size());
                for (List<OutboundMessage> row : rows) {
                    List<CorrelationData> confirms = new ArrayList<>(row.size());
                    for (OutboundMessage outbound : row) {
                        CorrelationData correlation =
                                new CorrelationData(outbound.message().getMessageProperties().getMessageId());
                        operations.send(outbound.exchange(), outbound.routingKey(), outbound.message(), correlation);
                        confirms.add(correlation);
                    }
                    pending.add(confirms);
                }
                return leadingConfirmed(pending);
            });
            return confirmed == null ? 0 : confirmed;
        } catch (AmqpException e) {
            log.warn("Publishing a relay batch failed: {}", e.toString());
            return 0;
        }
    }

    private int leadingConfirmed(List<List<CorrelationData>> pending) {
        long deadline = System.nanoTime() + confirmTimeout.toNanos();
        int confirmed = 0;
        for (List<CorrelationData> row : pending) {
            for (CorrelationData correlation : row) {
                if (!positive(correlation, deadline)) {
                    return confirmed;
                }
            }
            confirmed++;
        }
        return confirmed;
    }

    private static boolean positive(CorrelationData correlation, long deadline) {
        try {
            CorrelationData.Confirm confirm = correlation.getFuture()
                    .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (!confirm.ack()) {
                log.warn("Broker nacked message {}: {}", correlation.getId(), confirm.reason());
                return false;
            }
            if (correlation.getReturned() != null) {
                log.warn("Broker returned message {} as unroutable: {} {}", correlation.getId(),
                        correlation.getReturned().getReplyCode(), correlation.getReturned().getReplyText());
                return false;
            }
            return true;
        } catch (TimeoutException | ExecutionException e) {
            log.warn("No confirm for message {}: {}", correlation.getId(), e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
