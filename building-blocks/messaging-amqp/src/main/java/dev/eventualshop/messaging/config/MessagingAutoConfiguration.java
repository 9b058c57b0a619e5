package dev.eventualshop.messaging.config;

import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.eventstore.outbox.Outbox;
import dev.eventualshop.eventstore.outbox.RelayLease;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.command.CommandBindings;
import dev.eventualshop.messaging.command.CommandPreparer;
import dev.eventualshop.messaging.command.OutcomeReaction;
import dev.eventualshop.messaging.command.Reaction;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.messaging.consumer.ConsumerSettings;
import dev.eventualshop.messaging.consumer.Consumers;
import dev.eventualshop.messaging.consumer.JdbcParkingLot;
import dev.eventualshop.messaging.consumer.ParkedMessages;
import dev.eventualshop.messaging.consumer.ParkedMessagesEndpoint;
import dev.eventualshop.messaging.consumer.ParkingLot;
import dev.eventualshop.messaging.relay.IntegrationEventMapper;
import dev.eventualshop.messaging.relay.OutboundMessages;
import dev.eventualshop.messaging.relay.OutboxRelay;
import dev.eventualshop.messaging.relay.RelaySettings;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires a command service's messaging: the outbox relay, the command queue (each command completed by the
 * service's {@link CommandPreparer} beans, if it declares any), the reaction queues, parking and its operator
 * endpoint. Query services and the gateway declare their own {@link ConsumerBinding}s and a
 * {@link ParkingLot}; the {@link Consumers} then run those too.
 */
@AutoConfiguration(afterName = {
        "dev.eventualshop.eventstore.config.EventStoreAutoConfiguration",
        "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration"})
@ConditionalOnBean(ConnectionFactory.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ConsumerSettings consumerSettings(MessagingProperties properties) {
        MessagingProperties.Consumer consumer = properties.consumer();
        return new ConsumerSettings(consumer.attempts(), consumer.retryDelay(), consumer.outageBackoff(),
                consumer.maxBodyBytes());
    }

    @Bean
    @ConditionalOnMissingBean
    IntegrationEventMapper integrationEventMapper() {
        return IntegrationEventMapper.NONE;
    }

    @Bean
    @ConditionalOnBean(CommandPipeline.class)
    @ConditionalOnMissingBean(ParkingLot.class)
    JdbcParkingLot jdbcParkingLot(DataSource dataSource, Clock clock) {
        return new JdbcParkingLot(new JdbcTemplate(dataSource), MessageJson.mapper(), clock);
    }

    /** A connection of its own for publishing, with correlated confirms and returns (the relay's contract). */
    @Bean(destroyMethod = "destroy")
    @ConditionalOnBean(CommandPipeline.class)
    PublishingConnection publishingConnection(ConnectionFactory connectionFactory) {
        return new PublishingConnection(connectionFactory);
    }

    @Bean
    @ConditionalOnBean(CommandPipeline.class)
    @ConditionalOnBooleanProperty(name = "eventualshop.messaging.relay.enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(Outbox outbox, RelayLease lease, MessageCodec codec, IntegrationEventMapper mapper,
                            PublishingConnection publishing, Clock clock, MessagingProperties properties) {
        String context = required(properties.context(), "context");
        String service = required(properties.service(), "service");
        MessagingProperties.Relay relay = properties.relay();
        return new OutboxRelay(outbox, lease, new OutboundMessages(context, codec, mapper, MessageJson.mapper()),
                publishing.template(), new RabbitAdmin(publishing.connectionFactory()),
                List.of(Topology.exchange(Topology.domainEvents(context)), Topology.exchange(Topology.events(context)),
                        Topology.exchange(Topology.OUTCOMES)),
                clock, new RelaySettings("relay:" + service, owner(), relay.batchSize(), relay.pollInterval(),
                        relay.leaseTtl(), relay.confirmTimeout()));
    }

    @Bean
    @ConditionalOnBean(ParkingLot.class)
    Consumers consumers(ConnectionFactory connectionFactory, ParkingLot parking, ConsumerSettings settings,
                        MessagingProperties properties, ObjectProvider<ConsumerBinding> declared,
                        ObjectProvider<CommandPipeline> pipeline, ObjectProvider<Reaction<?>> reactions,
                        ObjectProvider<MessageCodec> codec, ObjectProvider<PublishingConnection> publishing,
                        ObjectProvider<CommandPreparer> preparers,
                        ObjectProvider<OutcomeReaction> outcomeReactions) {
        List<ConsumerBinding> bindings = new ArrayList<>(declared.orderedStream().toList());
        CommandPipeline commandPipeline = pipeline.getIfAvailable();
        if (commandPipeline != null) {
            String service = required(properties.service(), "service");
            if (properties.consumer().commandQueue()) {
                bindings.add(CommandBindings.commands(service, required(properties.context(), "context"),
                        commandPipeline, codec.getObject(), publishing.getObject().template(), MessageJson.mapper(),
                        Math.max(2, properties.consumer().commandConcurrency()),
                        preparers.orderedStream().reduce(CommandPreparer.NONE, CommandPreparer::andThen)));
            }
            Map<String, List<Reaction<?>>> bySource = reactions.orderedStream()
                    .collect(Collectors.groupingBy(Reaction::sourceContext));
            bySource.forEach((source, sourceReactions) -> bindings.add(
                    CommandBindings.reactions(service, source, sourceReactions, commandPipeline, codec.getObject())));
            List<OutcomeReaction> replies = outcomeReactions.orderedStream().toList();
            if (!replies.isEmpty()) {
                bindings.add(CommandBindings.outcomeReactions(service, replies, commandPipeline,
                        MessageJson.mapper()));
            }
        }
        return new Consumers(connectionFactory, new RabbitAdmin(connectionFactory), parking, settings, bindings);
    }

    @Bean
    @ConditionalOnBean(Consumers.class)
    ParkedMessages parkedMessages(Consumers consumers) {
        return new ParkedMessages(consumers);
    }

    @Bean
    @ConditionalOnBean(ParkedMessages.class)
    ParkedMessagesEndpoint parkedMessagesEndpoint(ParkedMessages parked) {
        return new ParkedMessagesEndpoint(parked);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("eventualshop.messaging." + name + " must be set");
        }
        return value;
    }

    private static String owner() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return host + "/" + UUID.randomUUID();
    }

    /** The relay's own connection: correlated publisher confirms, returns, mandatory routing. */
    public static final class PublishingConnection {
        private final CachingConnectionFactory connectionFactory;
        private final RabbitTemplate template;

        PublishingConnection(ConnectionFactory shared) {
            if (!(shared instanceof CachingConnectionFactory caching)) {
                throw new IllegalStateException("expected Boot's CachingConnectionFactory, got " + shared.getClass());
            }
            connectionFactory = new CachingConnectionFactory(caching.getRabbitConnectionFactory());
            connectionFactory.setPublisherConfirmType(CachingConnectionFactory.ConfirmType.CORRELATED);
            connectionFactory.setPublisherReturns(true);
            connectionFactory.setConnectionNameStrategy(factory -> "relay");
            template = new RabbitTemplate(connectionFactory);
            // Every message is mandatory (an unroutable one stays unsent and alerts) except integration events,
            // whose subscribers may not exist yet: docs/adr/0006.
            template.setMandatoryExpression(new SpelExpressionParser().parseExpression(
                    "messageProperties.headers['" + MessageHeaders.AUDIENCE + "'] != '" + MessageHeaders.PUBLIC + "'"));
            // A returned message is reported on its CorrelationData, which the relay reads (and alerts on);
            // without a callback here RabbitTemplate would also log "no callback available" for each one.
            template.setReturnsCallback(returned -> { });
        }

        public RabbitTemplate template() {
            return template;
        }

        public ConnectionFactory connectionFactory() {
            return connectionFactory;
        }

        void destroy() {
            connectionFactory.destroy();
        }
    }
}
