package dev.eventualshop.projection.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.messaging.InboundMessage;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.consumer.ParkedMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The parking lot of query services on the embedded MongoDB stand-in. */
class MongoParkingLotIT {

    static MongoStandIn mongo;
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T12:00:00.123Z"), ZoneOffset.UTC);

    MongoTemplate template;
    MongoParkingLot lot;

    @BeforeAll
    static void start() {
        mongo = new MongoStandIn();
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    @BeforeEach
    void emptyDatabase() {
        template = mongo.template("parking-" + UUID.randomUUID());
        lot = new MongoParkingLot(template, CLOCK);
    }

    static InboundMessage event(String streamId, long version) {
        UUID id = UUID.randomUUID();
        return new InboundMessage(id, "giftcard.Redeemed", 1, UUID.fromString("11111111-2222-3333-4444-555555555555"),
                null, "user-1", null, "giftcard.GiftCard", streamId, version,
                Map.of(MessageHeaders.STREAM_TYPE, "giftcard.GiftCard", MessageHeaders.STREAM_ID, streamId,
                        MessageHeaders.VERSION, version, MessageHeaders.REVISION, 1, "x.dotted.header", "kept"),
                "{\"amount\":" + version + "}", null);
    }

    @Test
    void messages_are_listed_per_queue_and_per_stream_in_the_order_they_were_parked() {
        InboundMessage a1 = event("a", 1);
        InboundMessage b1 = event("b", 1);
        InboundMessage a2 = event("a", 2);
        lot.park("q1", a1, "poisoned");
        lot.park("q1", b1, "poisoned");
        lot.park("q2", event("a", 1), "elsewhere");
        lot.park("q1", a2, "behind a1");

        assertThat(lot.list("q1")).extracting(ParkedMessage::messageId).containsExactly(
                a1.messageId().toString(), b1.messageId().toString(), a2.messageId().toString());
        assertThat(lot.list(null)).hasSize(4).extracting(ParkedMessage::id).isSorted().doesNotHaveDuplicates();
        assertThat(lot.ofStream("q1", "giftcard.GiftCard/a")).extracting(ParkedMessage::messageId)
                .containsExactly(a1.messageId().toString(), a2.messageId().toString());
        assertThat(lot.isParked("q1", "giftcard.GiftCard/a")).isTrue();
        assertThat(lot.isParked("q1", "giftcard.GiftCard/c")).isFalse();
        assertThat(lot.isParked("q3", "giftcard.GiftCard/a")).isFalse();
    }

    @Test
    void a_parked_message_keeps_what_a_replay_needs() {
        InboundMessage message = event("a", 7);
        lot.park("q1", message, "x".repeat(5000));

        ParkedMessage parked = lot.list("q1").getFirst();

        assertThat(parked.queue()).isEqualTo("q1");
        assertThat(parked.streamKey()).isEqualTo("giftcard.GiftCard/a");
        assertThat(parked.type()).isEqualTo("giftcard.Redeemed");
        assertThat(parked.body()).isEqualTo("{\"amount\":7}");
        assertThat(parked.headers()).containsEntry(MessageHeaders.VERSION, 7L)
                .containsEntry("x.dotted.header", "kept")
                .containsEntry("amqp-correlation-id", "11111111-2222-3333-4444-555555555555");
        assertThat(parked.reason()).hasSize(2000);
        assertThat(parked.parkedAt()).isEqualTo(Instant.parse("2026-05-01T12:00:00.123Z"));
    }

    @Test
    void removing_the_last_message_of_a_stream_unparks_it() {
        lot.park("q1", event("a", 1), "poisoned");
        lot.park("q1", event("a", 2), "behind");
        for (ParkedMessage parked : lot.ofStream("q1", "giftcard.GiftCard/a")) {
            assertThat(lot.isParked("q1", "giftcard.GiftCard/a")).isTrue();
            lot.remove(parked.id());
        }

        assertThat(lot.isParked("q1", "giftcard.GiftCard/a")).isFalse();
        assertThat(lot.list("q1")).isEmpty();
    }

    @Test
    void ids_keep_increasing_across_instances_and_after_removals() {
        lot.park("q1", event("a", 1), "first");
        long first = lot.list("q1").getFirst().id();
        lot.remove(first);

        MongoParkingLot restarted = new MongoParkingLot(template, CLOCK);
        restarted.park("q1", event("a", 2), "second");

        assertThat(restarted.list("q1").getFirst().id()).isGreaterThan(first);
    }

    @Test
    void a_message_without_a_stream_parks_under_its_own_key() {
        UUID id = UUID.randomUUID();
        InboundMessage command = new InboundMessage(id, "giftcard.Issue", 1, id, null, "user-1", null, null, null, 0,
                Map.of(), "{}", null);
        lot.park("commands", command, "rejected");

        assertThat(lot.isParked("commands", "message/" + id)).isTrue();
    }
}
