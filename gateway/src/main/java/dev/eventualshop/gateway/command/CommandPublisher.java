package dev.eventualshop.gateway.command;

import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.Topology;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.DisposableBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes a command to {@code <context>.commands} (routing key = its type), persistent and mandatory, on a
 * connection of its own with correlated confirms and returns, and waits for the broker. A command counts as
 * accepted only if it was acked <em>and</em> not returned: RabbitMQ acks an unroutable mandatory message after
 * returning it, Qpid nacks it (ADR 0003). The exchange is declared before the first publish, since Qpid acks a
 * publish to a missing exchange and drops it.
 *
 * <p>The connection has at most {@code channels} channels; a publisher waits for a free one up to the confirm
 * timeout. Without the bound, every request thread opened a channel of its own under load, and the channels that
 * could not be cached were closed again and reopened: channel churn on the broker, and at a few hundred concurrent
 * requests "The channelMax limit is reached" (seen in CartBenchmarkIT against the embedded broker).
 */
public class CommandPublisher implements DisposableBean {

    private final CachingConnectionFactory connectionFactory;
    private final RabbitTemplate template;
    private final RabbitAdmin admin;
    private final JsonMapper mapper;
    private final Duration confirmTimeout;
    private final Set<String> declared = ConcurrentHashMap.newKeySet();

    public CommandPublisher(ConnectionFactory shared, JsonMapper mapper, Duration confirmTimeout, int channels) {
        if (!(shared instanceof CachingConnectionFactory caching)) {
            throw new IllegalStateException("expected Boot's CachingConnectionFactory, got " + shared.getClass());
        }
        connectionFactory = new CachingConnectionFactory(caching.getRabbitConnectionFactory());
        connectionFactory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
        connectionFactory.setPublisherReturns(true);
        connectionFactory.setChannelCacheSize(channels);
        connectionFactory.setChannelCheckoutTimeout(confirmTimeout.toMillis());
        connectionFactory.setConnectionNameStrategy(factory -> "gateway-commands");
        template = new RabbitTemplate(connectionFactory);
        template.setMandatory(true);
        admin = new RabbitAdmin(connectionFactory);
        this.mapper = mapper;
        this.confirmTimeout = confirmTimeout;
    }

    /** Returns once the broker confirmed; throws {@link HandOverFailedException} when it did not. */
    public void publish(StampedCommand stamped) {
        OutgoingCommand command = stamped.command();
        String exchange = Topology.commands(command.context());
        CorrelationData correlation = new CorrelationData(stamped.commandId().toString());
        try {
            if (!declared.contains(exchange)) {
                admin.declareExchange(Topology.exchange(exchange));
                declared.add(exchange);
            }
            template.send(exchange, command.type(), message(stamped), correlation);
            CorrelationData.Confirm confirm = correlation.getFuture()
                    .get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!confirm.ack()) {
                throw new HandOverFailedException("the broker nacked command " + stamped.commandId() + ": "
                        + confirm.reason(), null);
            }
            if (correlation.getReturned() != null) {
                throw new HandOverFailedException("no queue takes " + command.type() + " yet (returned "
                        + correlation.getReturned().getReplyCode() + ")", null);
            }
        } catch (AmqpException | ExecutionException | TimeoutException e) {
            throw new HandOverFailedException("the broker did not confirm command " + stamped.commandId(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HandOverFailedException("interrupted waiting for the broker", e);
        }
    }

    private Message message(StampedCommand stamped) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(stamped.commandId().toString());
        properties.setType(stamped.command().type());
        properties.setCorrelationId(stamped.correlationId().toString());
        properties.setTimestamp(Date.from(stamped.issuedAt()));
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setHeader(MessageHeaders.REVISION, stamped.command().revision());
        properties.setHeader(MessageHeaders.COMMAND_ID, stamped.commandId().toString());
        properties.setHeader(MessageHeaders.ISSUER, stamped.issuer());
        byte[] body = mapper.writeValueAsString(stamped.command().payload()).getBytes(StandardCharsets.UTF_8);
        return new Message(body, properties);
    }

    @Override
    public void destroy() {
        connectionFactory.destroy();
    }
}
