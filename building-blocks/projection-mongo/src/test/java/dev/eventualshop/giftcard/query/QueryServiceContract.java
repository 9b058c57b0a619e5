package dev.eventualshop.giftcard.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.giftcard.command.GiftCardConfiguration;
import dev.eventualshop.giftcard.commands.GiftCardCommand;
import dev.eventualshop.giftcard.query.GiftCardQueryService.Deliveries;
import dev.eventualshop.messaging.InboundMessage;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.consumer.ParkedMessages;
import dev.eventualshop.projection.ProjectionUpdate;
import dev.eventualshop.projection.amqp.AmqpUpdatePublisher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The gift-card command side and its query side in one service: commands flow pipeline -> relay -> broker ->
 * projection consumers -> MongoDB -> update notifications. Raw messages published straight to the exchanges,
 * built as the relay builds them, play the broker's redeliveries and reorderings. Each subclass brings its own
 * embedded broker and MongoDB, and its context is closed after it.
 */
@SpringBootTest(classes = {GiftCardConfiguration.class, GiftCardQueryService.class}, properties = {
        "spring.flyway.locations=classpath:db/eventstore/{vendor}",
        "eventualshop.eventstore.deadlines.enabled=false",
        "eventualshop.messaging.context=giftcard",
        "eventualshop.messaging.service=giftcard-command",
        "eventualshop.messaging.relay.poll-interval=200ms",
        "eventualshop.messaging.consumer.retry-delay=20ms",
        "eventualshop.messaging.consumer.outage-backoff=300ms",
        "spring.main.banner-mode=off"})
@DirtiesContext
abstract class QueryServiceContract {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String DOMAIN_QUEUE = "giftcard-command.giftcard.domain-events";

    @Autowired
    CommandPipeline pipeline;
    @Autowired
    MessageCodec codec;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    MongoTemplate mongoTemplate;
    @Autowired
    Deliveries deliveries;
    @Autowired
    ParkedMessages parked;
    @Autowired
    ApplicationContext context;

    UUID issue(long amount) {
        UUID card = UUID.randomUUID();
        CommandOutcome outcome = pipeline.handle(CommandEnvelope.of(UUID.randomUUID(), "tester",
                new GiftCardCommand.Issue(card, "CODE-" + card, amount, Instant.now().plusSeconds(86_400))));
        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.SUCCEEDED);
        return card;
    }

    void redeem(UUID card, long amount) {
        CommandOutcome outcome = pipeline.handle(CommandEnvelope.of(UUID.randomUUID(), "tester",
                new GiftCardCommand.Redeem(card, amount)));
        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.SUCCEEDED);
    }

    long versionOf(UUID card) {
        Document stored = balanceDocument(card);
        return stored == null ? -1 : ((Number) stored.get("version")).longValue();
    }

    Document balanceDocument(UUID card) {
        return mongoTemplate.getCollection(BalanceProjection.VIEW).find(new Document("_id", card.toString())).first();
    }

    Balance balance(UUID card) {
        Document view = balanceDocument(card).get("view", Document.class);
        return MessageJson.mapper().convertValue(view, Balance.class);
    }

    Issuance issuance(UUID card) {
        Document stored = mongoTemplate.getCollection(IssuanceProjection.VIEW)
                .find(new Document("_id", card.toString())).first();
        return stored == null ? null : MessageJson.mapper().convertValue(stored.get("view", Document.class),
                Issuance.class);
    }

    List<Long> pendingVersions(UUID card) {
        return mongoTemplate.getCollection(BalanceProjection.VIEW + ".pending")
                .find(new Document("docId", card.toString())).map(d -> ((Number) d.get("version")).longValue())
                .into(new ArrayList<>());
    }

    /** The first arrival of each distinct update notification of the card's balance. */
    List<Map<String, Object>> firstAnnouncements(UUID card) {
        Map<Object, Map<String, Object>> first = new LinkedHashMap<>();
        deliveries.updatesOf(BalanceProjection.VIEW, card).forEach(u -> first.putIfAbsent(u.get("messageId"), u));
        return List.copyOf(first.values());
    }

    static String announcementId(UUID card, long revision) {
        return AmqpUpdatePublisher.messageId(new ProjectionUpdate(BalanceProjection.VIEW, card.toString(), revision,
                revision, Set.of())).toString();
    }

    void republish(InboundMessage message, String exchange) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(message.messageId().toString());
        properties.setType(message.type());
        properties.setCorrelationId(message.correlationId().toString());
        message.headers().forEach(properties::setHeader);
        new RabbitTemplate(connectionFactory).send(exchange, message.type(),
                new Message(message.body().getBytes(StandardCharsets.UTF_8), properties));
    }

    /** A domain event as the relay publishes it (see OutboundMessages), without the event store. */
    void publishDomainEvent(UUID card, long version, Object event) {
        publish(Topology.domainEvents("giftcard"), UUID.randomUUID(), card, version, event);
    }

    void publishIntegrationEvent(UUID messageId, UUID card, long sourceVersion, Object event) {
        publish(Topology.events("giftcard"), messageId, card, sourceVersion, event);
    }

    private void publish(String exchange, UUID messageId, UUID card, long version, Object event) {
        MessageCodec.Serialized serialized = codec.serialize(event);
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(messageId.toString());
        properties.setType(serialized.type());
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setCorrelationId(UUID.randomUUID().toString());
        properties.setHeader(MessageHeaders.REVISION, serialized.revision());
        properties.setHeader(MessageHeaders.CAUSATION_ID, UUID.randomUUID().toString());
        properties.setHeader(MessageHeaders.STREAM_TYPE, GiftCardConfiguration.STREAM_TYPE);
        properties.setHeader(MessageHeaders.STREAM_ID, card.toString());
        properties.setHeader(MessageHeaders.VERSION, version);
        new RabbitTemplate(connectionFactory).send(exchange, serialized.type(),
                new Message(serialized.json().getBytes(StandardCharsets.UTF_8), properties));
    }
}
