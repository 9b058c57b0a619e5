package dev.eventualshop.giftcard.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import dev.eventualshop.giftcard.command.GiftCardConfiguration;
import dev.eventualshop.giftcard.internal.GiftCardEvent;
import dev.eventualshop.giftcard.v1.CardIssued;
import dev.eventualshop.messaging.InboundMessage;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.consumer.ParkedMessage;
import dev.eventualshop.messaging.consumer.ParkingLot;
import dev.eventualshop.projection.ProjectionUpdate;
import dev.eventualshop.projection.amqp.AmqpUpdatePublisher;
import dev.eventualshop.projection.mongo.MongoParkingLot;
import dev.eventualshop.projection.mongo.MongoPingHealthIndicator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.health.MongoHealthIndicator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Redelivery and reordering of a projection's events end with the document at the latest version and each event
 * applied once (RELIABILITY.md F6, F17, I4); MongoDB parks, answers health checks and holds early events.
 */
class GiftCardProjectionsIT extends QueryServiceContract {

    private static final EmbeddedServices SERVICES = new EmbeddedServices("projections-it");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.register(registry, "");
    }

    @Test
    void a_card_issued_and_redeemed_through_the_pipeline_ends_at_its_latest_version_and_each_version_is_announced() {
        UUID card = issue(100);
        redeem(card, 30);
        redeem(card, 20);

        await().atMost(WAIT).until(() -> versionOf(card) == 3);
        assertThat(balance(card)).isEqualTo(new Balance(card, "CODE-" + card, 50, Balance.Status.ACTIVE));
        assertThat(balanceDocument(card).get("revision")).as("one write per event").isEqualTo(3L);
        assertThat(balanceDocument(card).getList("owners", String.class)).containsExactly(BalanceProjection.CASHIERS);

        await().atMost(WAIT).until(() -> firstAnnouncements(card).size() == 3);
        List<Map<String, Object>> updates = deliveries.updatesOf(BalanceProjection.VIEW, card);
        assertThat(firstAnnouncements(card)).as("one announcement per version, in order (a relay duplicate may "
                + "announce a version again, under the same id)")
                .extracting(u -> ((Number) u.get("version")).longValue()).containsExactly(1L, 2L, 3L);
        assertThat(updates).extracting(u -> u.get("owners")).containsOnly(List.of(BalanceProjection.CASHIERS));
        assertThat(updates).as("announced after the write, never before")
                .allSatisfy(u -> assertThat((Long) u.get("storedRevision"))
                        .isGreaterThanOrEqualTo(((Number) u.get("revision")).longValue()));
        assertThat(updates.getFirst().get("messageId")).isEqualTo(AmqpUpdatePublisher.messageId(
                new ProjectionUpdate(BalanceProjection.VIEW, card.toString(), 1, 1, Set.of())));

        await().atMost(WAIT).until(() -> issuance(card) != null);
        assertThat(issuance(card)).isEqualTo(new Issuance(card, 100, 1));
    }

    @Test
    void redelivered_events_change_nothing_and_the_version_stays() {
        UUID card = issue(100);
        redeem(card, 30);
        await().atMost(WAIT).until(() -> versionOf(card) == 2);
        await().atMost(WAIT).until(() -> firstAnnouncements(card).size() == 2);
        Document before = balanceDocument(card);
        List<InboundMessage> applied = deliveries.domain.stream().filter(m -> m.streamId().equals(card.toString()))
                .collect(Collectors.toMap(InboundMessage::messageId, m -> m, (a, b) -> a,
                        LinkedHashMap::new)).values().stream().toList();
        assertThat(applied).extracting(InboundMessage::version).containsExactly(1L, 2L);
        long delivered = deliveries.domainOf(card);
        int announced = deliveries.updatesOf(BalanceProjection.VIEW, card).size();

        for (InboundMessage message : applied.reversed()) {
            republish(message, Topology.domainEvents("giftcard"));
        }
        for (InboundMessage message : applied) {
            republish(message, Topology.domainEvents("giftcard"));
        }

        await().atMost(WAIT).until(() -> deliveries.domainOf(card) == delivered + 4);
        assertThat(balanceDocument(card)).as("the document, untouched").isEqualTo(before);
        assertThat(balance(card).balance()).isEqualTo(70);
        await().atMost(WAIT).until(() -> deliveries.updatesOf(BalanceProjection.VIEW, card).size() >= announced + 4);
        assertThat(deliveries.updatesOf(BalanceProjection.VIEW, card))
                .as("re-announcements carry the ids of the first announcements")
                .extracting(u -> u.get("messageId").toString())
                .containsOnly(announcementId(card, 1), announcementId(card, 2));
    }

    @Test
    void an_event_overtaking_its_predecessor_waits_then_both_apply_in_order_once() {
        UUID card = UUID.randomUUID();
        publishDomainEvent(card, 1, new GiftCardEvent.Issued(card, "RAW-" + card, 100, Instant.parse("2030-01-01T00:00:00Z")));
        await().atMost(WAIT).until(() -> versionOf(card) == 1);

        publishDomainEvent(card, 3, new GiftCardEvent.Redeemed(card, 20));
        await().atMost(WAIT).until(() -> deliveries.domainOf(card) == 2);
        assertThat(pendingVersions(card)).as("version 3 waits").containsExactly(3L);
        assertThat(balanceDocument(card).get("version")).isEqualTo(1L);
        assertThat(balance(card).balance()).isEqualTo(100);

        publishDomainEvent(card, 2, new GiftCardEvent.Redeemed(card, 30));

        await().atMost(WAIT).until(() -> versionOf(card) == 3);
        assertThat(balance(card).balance()).isEqualTo(50);
        assertThat(balanceDocument(card).get("revision")).as("each event applied once").isEqualTo(3L);
        assertThat(pendingVersions(card)).isEmpty();
        await().atMost(WAIT).until(() -> firstAnnouncements(card).size() == 3);
        assertThat(firstAnnouncements(card)).extracting(u -> ((Number) u.get("version")).longValue())
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void an_integration_event_delivered_twice_or_older_after_newer_is_applied_once_and_never_regresses() {
        UUID card = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        publishIntegrationEvent(first, card, 1, new CardIssued(card, 100));
        await().atMost(WAIT).until(() -> deliveries.integrationOf(card) == 1);
        publishIntegrationEvent(first, card, 1, new CardIssued(card, 100));
        await().atMost(WAIT).until(() -> deliveries.integrationOf(card) == 2);
        assertThat(issuance(card)).isEqualTo(new Issuance(card, 100, 1));
        publishIntegrationEvent(UUID.randomUUID(), card, 3, new CardIssued(card, 300));
        await().atMost(WAIT).until(() -> deliveries.integrationOf(card) == 3);
        publishIntegrationEvent(UUID.randomUUID(), card, 2, new CardIssued(card, 200));

        await().atMost(WAIT).until(() -> deliveries.integrationOf(card) == 4);
        assertThat(issuance(card)).isEqualTo(new Issuance(card, 300, 2));
        Document stored = mongoTemplate.getCollection(IssuanceProjection.VIEW).find(new Document("_id", card.toString()))
                .first();
        assertThat(stored.get("revision")).isEqualTo(2L);
        assertThat(stored.getList("sources", Document.class)).singleElement().satisfies(source -> {
            assertThat(source.getString("stream")).isEqualTo(GiftCardConfiguration.STREAM_TYPE + "/" + card);
            assertThat(source.get("version")).isEqualTo(3L);
        });
    }

    @Test
    void a_poison_event_parks_in_mongodb_with_the_later_events_of_its_stream_behind_it() {
        UUID card = UUID.randomUUID();
        String stream = GiftCardConfiguration.STREAM_TYPE + "/" + card;
        publishDomainEvent(card, 1, new GiftCardEvent.Redeemed(card, 5));
        await().atMost(WAIT).until(() -> !parked.list(DOMAIN_QUEUE).stream()
                .filter(p -> p.streamKey().equals(stream)).toList().isEmpty());
        publishDomainEvent(card, 2, new GiftCardEvent.Redeemed(card, 5));

        await().atMost(WAIT).until(() -> parked.list(DOMAIN_QUEUE).stream()
                .filter(p -> p.streamKey().equals(stream)).count() == 2);
        assertThat(mongoTemplate.getCollection("parked_messages").countDocuments(new Document("streamKey", stream)))
                .isEqualTo(2);
        assertThat(parked.list(DOMAIN_QUEUE)).filteredOn(p -> p.streamKey().equals(stream))
                .extracting(ParkedMessage::reason).first().asString().contains("NullPointerException");
        assertThat(balanceDocument(card)).isNull();

        assertThat(parked.replay(DOMAIN_QUEUE, stream).stillParked()).as("still poisonous on replay").isEqualTo(2);
    }

    @Test
    void exactly_one_parking_lot_is_used_and_it_is_mongodbs() {
        assertThat(context.getBeansOfType(ParkingLot.class).values()).singleElement()
                .isInstanceOf(MongoParkingLot.class);
    }

    @Test
    void mongodb_health_is_up_on_the_stand_in_where_boots_own_check_would_be_down() {
        mongoTemplate.getCollection("health-probe").insertOne(new Document("probe", true));
        HealthIndicator health = context.getBean("mongoHealthIndicator", HealthIndicator.class);

        assertThat(health).isInstanceOf(MongoPingHealthIndicator.class);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(context.getBeansOfType(MongoHealthIndicator.class)).isEmpty();
        assertThat(new MongoHealthIndicator(context.getBean(MongoClient.class)).health().getStatus())
                .as("Boot's indicator sends hello, which the stand-in lacks").isEqualTo(Status.DOWN);
    }
}
