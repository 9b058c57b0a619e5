package dev.eventualshop.projection.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.giftcard.internal.GiftCardEvent;
import dev.eventualshop.giftcard.internal.GiftCardMessages;
import dev.eventualshop.giftcard.query.Balance;
import dev.eventualshop.giftcard.query.BalanceProjection;
import dev.eventualshop.projection.Delivery;
import dev.eventualshop.projection.Projection;
import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.projection.SourcePosition;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Documents and early events on the embedded MongoDB stand-in: the conditional writes and the stored shape. */
class MongoProjectionStoreIT {

    static MongoStandIn mongo;
    static final Instant AT = Instant.parse("2026-05-01T12:00:00.123Z");
    static final UUID CARD = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");

    final BalanceProjection balances = new BalanceProjection();
    final MessageCodec codec = new MessageCodec(MessageJson.mapper(), GiftCardMessages.TYPES, List.of());
    MongoTemplate template;
    MongoProjectionStore store;

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
        template = mongo.template("store-" + UUID.randomUUID());
        store = new MongoProjectionStore(template, new ViewCodec(MessageJson.mapper()), codec::deserialize,
                Clock.systemUTC());
    }

    static ProjectionDocument<Balance> balance(long version, long revision, long amount, SourcePosition... sources) {
        return new ProjectionDocument<>(CARD.toString(), version, revision,
                new Balance(CARD, "CODE", amount, Balance.Status.ACTIVE), Set.of(BalanceProjection.CASHIERS),
                List.of(sources), AT);
    }

    @Test
    void a_document_is_created_once_and_then_written_only_at_the_revision_read() {
        assertThat(store.write(balances, balance(1, 1, 100), 0)).isTrue();
        assertThat(store.write(balances, balance(1, 1, 999), 0)).as("created concurrently: duplicate key").isFalse();

        assertThat(store.write(balances, balance(2, 2, 70), 1)).isTrue();
        assertThat(store.write(balances, balance(2, 2, 555), 1)).as("stale revision").isFalse();

        assertThat(store.find(balances, CARD.toString())).isEqualTo(balance(2, 2, 70));
    }

    @Test
    void a_document_round_trips_with_its_sources_whose_keys_contain_dots() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        ProjectionDocument<Balance> written = balance(3, 5, 40,
                new SourcePosition("catalog.Product/p-1", 4, List.of(a, b)),
                new SourcePosition("message/" + a, 0, List.of(a)));
        store.write(balances, written, 0);

        assertThat(store.find(balances, CARD.toString())).isEqualTo(written);
        assertThat(store.find(balances, "no-such-card")).isNull();
    }

    @Test
    void the_stored_document_has_the_documented_shape() {
        store.write(balances, balance(1, 1, 100, new SourcePosition("catalog.Product/p-1", 4, List.of(CARD))), 0);

        Document raw = template.getCollection("giftcard.Balance").find().first();

        assertThat(raw.keySet()).containsExactly("_id", "version", "revision", "owners", "view", "sources",
                "updatedAt");
        assertThat(raw.get("version")).isEqualTo(1L);
        assertThat(raw.getList("owners", String.class)).containsExactly(BalanceProjection.CASHIERS);
        assertThat(raw.get("view", Document.class)).isEqualTo(new Document("cardId", CARD.toString())
                .append("code", "CODE").append("balance", 100L).append("status", "ACTIVE"));
        assertThat(raw.getList("sources", Document.class).getFirst().getString("stream"))
                .isEqualTo("catalog.Product/p-1");
    }

    /** A projection that only names its view and type: documents are written to it directly. */
    static <V> Projection<V> stored(String view, Class<V> type) {
        return new Projection<>() {
            @Override
            public String view() {
                return view;
            }

            @Override
            public Class<V> viewType() {
                return type;
            }

            @Override
            public V evolve(V current, Object event) {
                return current;
            }

            @Override
            public Set<String> owners(V current) {
                return Set.of();
            }
        };
    }

    record Priced(BigDecimal amount, Instant at, List<String> tags) {
    }

    @Test
    void decimals_and_instants_round_trip_through_the_stand_in() {
        Projection<Priced> priced = stored("test.Priced", Priced.class);
        Priced view = new Priced(new BigDecimal("1234567890123456789.01"), Instant.parse("2026-05-01T12:00:00.123456789Z"),
                List.of("a", "b"));
        store.write(priced, new ProjectionDocument<>("p", 0, 1, view, Set.of(), List.of(), AT), 0);

        assertThat(store.find(priced, "p").view()).isEqualTo(view);
        assertThat(template.getCollection("test.Priced").find().first().get("view", Document.class).get("amount"))
                .isInstanceOf(Decimal128.class);
    }

    @Test
    void a_document_without_a_view_is_stored_as_such() {
        ProjectionDocument<Balance> empty = new ProjectionDocument<>("x", 0, 1, null, Set.of(), List.of(), AT);
        store.write(balances, empty, 0);

        assertThat(store.find(balances, "x")).isEqualTo(empty);
    }

    Delivery early(long version, long amount) {
        GiftCardEvent.Redeemed redeemed = new GiftCardEvent.Redeemed(CARD, amount);
        MessageCodec.Serialized raw = codec.serialize(redeemed);
        return Delivery.own(UUID.randomUUID(), "giftcard.GiftCard", CARD.toString(), version, redeemed)
                .withRaw(raw.type(), raw.revision(), raw.json());
    }

    @Test
    void early_events_wait_as_received_and_are_read_back_decoded() {
        Delivery v3 = early(3, 20);
        store.hold(balances, CARD.toString(), v3);
        store.hold(balances, CARD.toString(), v3);
        store.hold(balances, CARD.toString(), early(4, 10));

        assertThat(store.held(balances, CARD.toString(), 3)).contains(v3);
        assertThat(store.held(balances, CARD.toString(), 2)).isEmpty();
        assertThat(template.getCollection("giftcard.Balance.pending").countDocuments()).as("held once").isEqualTo(2);

        store.release(balances, CARD.toString(), 3);

        assertThat(store.held(balances, CARD.toString(), 3)).isEmpty();
        assertThat(store.held(balances, CARD.toString(), 4)).isPresent();
    }

    @Test
    void an_early_event_without_its_raw_form_cannot_be_held() {
        Delivery bare = Delivery.own(UUID.randomUUID(), "giftcard.GiftCard", CARD.toString(), 3,
                new GiftCardEvent.Redeemed(CARD, 1));

        assertThatThrownBy(() -> store.hold(balances, CARD.toString(), bare))
                .isInstanceOf(IllegalArgumentException.class);
    }

    record Sent(String subject, Instant at, long atMillis) {
    }

    static final Projection<Sent> SENT = stored("test.Sent", Sent.class);

    void sent(String id, String owner, String subject, String at) {
        Sent view = subject == null ? null
                : new Sent(subject, Instant.parse(at), Instant.parse(at).toEpochMilli());
        store.write(SENT, new ProjectionDocument<>(id, 1, 1, view, Set.of(owner), List.of(), AT), 0);
    }

    @Test
    void a_users_own_documents_are_listed_newest_first_capped_and_no_one_elses() {
        String ada = UUID.randomUUID().toString();
        String bob = UUID.randomUUID().toString();
        sent("a", ada, "second", "2026-05-01T12:00:00.5Z");
        sent("b", ada, "first", "2026-05-01T12:00:00Z");
        sent("c", ada, "third", "2026-05-01T12:00:01.123456789Z");
        sent("d", ada, null, "2026-05-01T12:00:09Z");
        sent("e", bob, "bob's", "2026-05-01T12:00:05Z");
        sent("f", ada, "third too", "2026-05-01T12:00:01.123Z");

        assertThat(store.listOwn(SENT, ada, "atMillis", true, 10)).extracting(document -> document.view().subject())
                .as("newest first, the same millisecond by id descending, no document without a view")
                .containsExactly("third too", "third", "second", "first");
        assertThat(store.listOwn(SENT, ada, "atMillis", false, 2)).extracting(ProjectionDocument::id)
                .containsExactly("b", "a");
        assertThat(store.listOwn(SENT, bob, "atMillis", true, 10)).extracting(ProjectionDocument::id)
                .containsExactly("e");
        assertThat(store.listOwn(SENT, UUID.randomUUID().toString(), "atMillis", true, 10)).isEmpty();
        assertThat(store.listOwn(SENT, "{\"$ne\": null}", "atMillis", true, 10)).isEmpty();
        assertThat(store.listOwn(SENT, ada.toUpperCase(), "atMillis", true, 10)).as("not canonical").isEmpty();
    }

    @Test
    void instants_are_stored_as_text_whose_order_is_not_the_instants() {
        String ada = UUID.randomUUID().toString();
        sent("a", ada, "half past", "2026-05-01T12:00:00.5Z");
        sent("b", ada, "on the second", "2026-05-01T12:00:00Z");

        assertThat(store.listOwn(SENT, ada, "at", true, 10)).extracting(document -> document.view().subject())
                .as("'.' sorts before 'Z': why listings sort by epoch milliseconds")
                .containsExactly("on the second", "half past");
    }

    @Test
    void a_listing_sorts_by_a_plain_field_and_returns_at_most_a_thousand() {
        String ada = UUID.randomUUID().toString();

        for (String field : new String[] {"view.at", "$where", "at.x", "", null, "a b"}) {
            assertThatThrownBy(() -> store.listOwn(SENT, ada, field, true, 10)).as(String.valueOf(field))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (int limit : new int[] {0, -1, 1_001}) {
            assertThatThrownBy(() -> store.listOwn(SENT, ada, "atMillis", true, limit)).as("limit %d", limit)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void every_document_with_a_view_is_listed_whoever_owns_it_sorted_then_by_id_and_capped() {
        sent("b", UUID.randomUUID().toString(), "bob's", "2026-05-01T12:00:00Z");
        sent("a", UUID.randomUUID().toString(), "ada's", "2026-05-01T12:00:00Z");
        sent("c", "", "nobody's", "2026-05-01T12:00:00.5Z");
        sent("d", UUID.randomUUID().toString(), null, "2026-05-01T12:00:09Z");

        assertThat(store.listAll(SENT, "subject", false, 10)).extracting(ProjectionDocument::id)
                .as("by subject, no document without a view").containsExactly("a", "b", "c");
        assertThat(store.listAll(SENT, "atMillis", true, 2)).extracting(ProjectionDocument::id)
                .as("the same millisecond by id descending").containsExactly("c", "b");
        for (String field : new String[] {"view.at", "$where", null}) {
            assertThatThrownBy(() -> store.listAll(SENT, field, true, 10)).as(String.valueOf(field))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store.listAll(SENT, "atMillis", true, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    void card(String id, String owner, Balance.Status status) {
        store.write(balances, new ProjectionDocument<>(id, 1, 1, status == null ? null
                : new Balance(UUID.randomUUID(), id, 5, status), Set.of(owner), List.of(), AT), 0);
    }

    @Test
    void a_users_own_document_is_found_by_a_view_field_first_by_id_and_no_one_elses() {
        String ada = UUID.randomUUID().toString();
        String bob = UUID.randomUUID().toString();
        card("b", ada, Balance.Status.ACTIVE);
        card("c", ada, Balance.Status.ACTIVE);
        card("a", ada, Balance.Status.EXPIRED);
        card("d", bob, Balance.Status.EXPIRED);
        card("e", ada, null);

        assertThat(store.findOwnBy(balances, ada, "status", "ACTIVE")).map(ProjectionDocument::id).hasValue("b");
        assertThat(store.findOwnBy(balances, ada, "status", "EXPIRED")).map(ProjectionDocument::id).hasValue("a");
        assertThat(store.findOwnBy(balances, bob, "status", "ACTIVE")).isEmpty();
        assertThat(store.findOwnBy(balances, "{\"$ne\": null}", "status", "ACTIVE")).isEmpty();
        assertThat(store.findOwnBy(balances, ada.toUpperCase(), "status", "ACTIVE")).as("not canonical").isEmpty();
        for (String field : new String[] {"view.status", "$where", "", null}) {
            assertThatThrownBy(() -> store.findOwnBy(balances, ada, field, "ACTIVE")).as(String.valueOf(field))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
