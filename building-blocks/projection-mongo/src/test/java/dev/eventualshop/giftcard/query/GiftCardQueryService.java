package dev.eventualshop.giftcard.query;

import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.giftcard.internal.GiftCardEvent;
import dev.eventualshop.giftcard.v1.CardIssued;
import dev.eventualshop.messaging.InboundMessage;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.messaging.relay.IntegrationEventMapper;
import dev.eventualshop.projection.amqp.ProjectionBindings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The gift-card query side as a service wires it: its projections, the queues {@link ProjectionBindings}
 * derives from them, and (as the gateway would) readers of the command outcomes and update notifications.
 * Every consumer notes what it handled, so a test knows a redelivery really arrived.
 */
@TestConfiguration(proxyBeanMethods = false)
class GiftCardQueryService {

    static final String UPDATES_QUEUE = "projection-it.projections.updates";
    static final String OUTCOMES_QUEUE = "projection-it.commands.outcomes";

    /** What the consumers handled (or failed to handle). */
    static final class Deliveries {
        final List<InboundMessage> domain = new CopyOnWriteArrayList<>();
        final List<InboundMessage> integration = new CopyOnWriteArrayList<>();
        /** Every body read from the own-events queue, including those of deliveries that went back unhandled. */
        final List<String> read = new CopyOnWriteArrayList<>();
        /** Each update notification, with the revision MongoDB held when it arrived. */
        final List<Map<String, Object>> updates = new CopyOnWriteArrayList<>();

        long domainOf(UUID card) {
            return domain.stream().filter(m -> m.streamId().equals(card.toString())).count();
        }

        long readOf(UUID card) {
            return read.stream().filter(body -> body.contains(card.toString())).count();
        }

        long integrationOf(UUID card) {
            return integration.stream().filter(m -> m.streamId().equals(card.toString())).count();
        }

        List<Map<String, Object>> updatesOf(String view, UUID card) {
            return updates.stream().filter(u -> view.equals(u.get("view")) && card.toString().equals(u.get("id")))
                    .toList();
        }
    }

    @Bean
    BalanceProjection balances() {
        return new BalanceProjection();
    }

    @Bean
    IssuanceProjection issuances() {
        return new IssuanceProjection();
    }

    @Bean
    IntegrationEventMapper integrationEvents() {
        return event -> event instanceof GiftCardEvent.Issued issued
                ? List.of(new CardIssued(issued.cardId(), issued.amount())) : List.of();
    }

    @Bean
    Deliveries deliveries() {
        return new Deliveries();
    }

    @Bean
    ConsumerBinding ownEvents(ProjectionBindings projections, Deliveries deliveries) {
        return recording(projections.domainEvents(), deliveries.domain, deliveries.read);
    }

    @Bean
    ConsumerBinding giftcardIntegrationEvents(ProjectionBindings projections, Deliveries deliveries) {
        return recording(projections.integrationEvents("giftcard"), deliveries.integration, new CopyOnWriteArrayList<>());
    }

    /** The gateway's side of command outcomes: without a queue, the relay's mandatory publish is unroutable. */
    @Bean
    ConsumerBinding outcomes() {
        return ConsumerBinding.ordered(OUTCOMES_QUEUE, Topology.OUTCOMES, List.of("#"), (type, revision, json) -> json,
                message -> { });
    }

    /** A gateway-like reader of the update notifications, noting the stored version on arrival. */
    @Bean
    ConsumerBinding updates(Deliveries deliveries, MongoTemplate mongo) {
        return ConsumerBinding.ordered(UPDATES_QUEUE, Topology.PROJECTION_UPDATES, List.of("#"),
                (type, revision, json) -> MessageJson.mapper().readValue(json, Map.class),
                message -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> update = new HashMap<>((Map<String, Object>) message.payload());
                    Document stored = mongo.getCollection((String) update.get("view"))
                            .find(new Document("_id", update.get("id"))).first();
                    update.put("storedRevision", stored == null ? 0L : ((Number) stored.get("revision")).longValue());
                    update.put("messageId", message.messageId());
                    deliveries.updates.add(update);
                });
    }

    private static ConsumerBinding recording(ConsumerBinding binding, List<InboundMessage> seen, List<String> read) {
        return new ConsumerBinding(binding.queue(), binding.exchange(), binding.routingKeys(), binding.ordered(),
                binding.concurrency(), (type, revision, json) -> {
                    read.add(json);
                    return binding.decoder().decode(type, revision, json);
                }, message -> {
                    try {
                        binding.handler().handle(message);
                    } finally {
                        seen.add(message);
                    }
                }, binding.onParked());
    }
}
