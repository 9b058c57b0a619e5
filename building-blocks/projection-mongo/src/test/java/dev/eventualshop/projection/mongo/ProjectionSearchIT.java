package dev.eventualshop.projection.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.giftcard.internal.GiftCardMessages;
import dev.eventualshop.giftcard.query.Balance;
import dev.eventualshop.giftcard.query.BalanceProjection;
import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.projection.ProjectionPage;
import dev.eventualshop.projection.ProjectionSearch;
import dev.eventualshop.projection.ProjectionStore;
import dev.eventualshop.projection.test.InMemoryProjectionStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ProjectionStore#search} on the MongoDB stand-in and in memory, which must agree: equal fields, a literal
 * case-insensitive text over several fields, a stable order, pages and the total.
 */
class ProjectionSearchIT {

    static MongoStandIn mongo;
    static final BalanceProjection BALANCES = new BalanceProjection();
    static final List<String> CODES = List.of("Gift-ABC", "gift.xyz", "GIFTAXYZ", "{\"$ne\": null}", "<script>",
            "a.*b", "Ünïcode", "gift-abc");

    @BeforeAll
    static void start() {
        mongo = new MongoStandIn();
    }

    @AfterAll
    static void stop() {
        mongo.close();
    }

    static Stream<ProjectionStore> stores() {
        MessageCodec codec = new MessageCodec(MessageJson.mapper(), GiftCardMessages.TYPES, List.of());
        return Stream.of(new InMemoryProjectionStore(),
                new MongoProjectionStore(mongo.template("search-" + UUID.randomUUID()),
                        new ViewCodec(MessageJson.mapper()), codec::deserialize, Clock.systemUTC()));
    }

    /** One card per code, ids in code order reversed, every third one expired, and a document with no view. */
    static ProjectionStore filled(ProjectionStore store) {
        for (int i = 0; i < CODES.size(); i++) {
            String id = "card-" + (CODES.size() - i);
            Balance.Status status = i % 3 == 2 ? Balance.Status.EXPIRED : Balance.Status.ACTIVE;
            store.write(BALANCES, new ProjectionDocument<>(id, 1, 1,
                    new Balance(UUID.randomUUID(), CODES.get(i), i, status), Set.of(), List.of(), Instant.EPOCH), 0);
        }
        store.write(BALANCES, new ProjectionDocument<>("no-view", 0, 1, null, Set.of(), List.of(), Instant.EPOCH), 0);
        return store;
    }

    static List<String> codes(ProjectionPage<Balance> page) {
        return page.documents().stream().map(document -> document.view().code()).toList();
    }

    static ProjectionSearch text(String text) {
        return new ProjectionSearch(Map.of(), List.of("code", "status"), text, List.of("code"), 0, 100);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void text_is_matched_literally_ignoring_case_in_any_of_the_fields(ProjectionStore store) {
        filled(store);

        assertThat(codes(store.search(BALANCES, text("gift-abc")))).containsExactly("Gift-ABC", "gift-abc");
        assertThat(codes(store.search(BALANCES, text("GIFT.")))).as("a dot is a dot").containsExactly("gift.xyz");
        assertThat(codes(store.search(BALANCES, text(".*")))).containsExactly("a.*b");
        assertThat(codes(store.search(BALANCES, text("$ne")))).containsExactly("{\"$ne\": null}");
        assertThat(codes(store.search(BALANCES, text("{\"$ne\": null}")))).containsExactly("{\"$ne\": null}");
        assertThat(codes(store.search(BALANCES, text("<script>")))).containsExactly("<script>");
        assertThat(codes(store.search(BALANCES, text("^g")))).isEmpty();
        assertThat(codes(store.search(BALANCES, text("[a-z]+")))).isEmpty();
        assertThat(codes(store.search(BALANCES, text("\\E.*\\Q")))).isEmpty();
        assertThat(store.search(BALANCES, text("expired")).total()).as("the second field").isEqualTo(2);
        assertThat(store.search(BALANCES, text("  ")).total()).as("blank: no condition").isEqualTo(CODES.size());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void equal_fields_filter_and_pages_are_sorted_by_the_fields_then_by_id_with_the_total(ProjectionStore store) {
        filled(store);
        Map<String, Object> active = Map.of("status", "ACTIVE");

        ProjectionPage<Balance> first = store.search(BALANCES,
                new ProjectionSearch(active, List.of(), null, List.of("code"), 0, 2));
        ProjectionPage<Balance> third = store.search(BALANCES,
                new ProjectionSearch(active, List.of(), "", List.of("code"), 2, 2));
        ProjectionPage<Balance> beyond = store.search(BALANCES,
                new ProjectionSearch(active, List.of(), null, List.of("code"), 9, 2));

        assertThat(first.total()).isEqualTo(6);
        assertThat(codes(first)).containsExactly("<script>", "Gift-ABC");
        assertThat(codes(third)).containsExactly("{\"$ne\": null}", "Ünïcode");
        assertThat(beyond.documents()).isEmpty();
        assertThat(beyond.total()).isEqualTo(6);
        assertThat(store.search(BALANCES, new ProjectionSearch(Map.of("balance", 4L), List.of(), null,
                List.of(), 0, 10)).documents()).extracting(ProjectionDocument::id).containsExactly("card-4");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void ties_are_broken_by_document_id(ProjectionStore store) {
        filled(store);

        ProjectionPage<Balance> byStatus = store.search(BALANCES,
                new ProjectionSearch(Map.of("status", "EXPIRED"), List.of(), null, List.of("status"), 0, 10));

        assertThat(byStatus.documents()).extracting(ProjectionDocument::id).containsExactly("card-3", "card-6");
    }

    @Test
    void a_search_takes_plain_field_names_scalar_values_and_sane_pages_only() {
        List<String> none = List.of();
        for (String field : new String[] {"view.code", "$where", "code.$ne", "", "a b"}) {
            assertThatThrownBy(() -> new ProjectionSearch(Map.of(field, "x"), none, null, none, 0, 1))
                    .as(field).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ProjectionSearch(Map.of(), List.of(field), "x", none, 0, 1))
                    .as(field).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new ProjectionSearch(Map.of(), none, null, List.of(field), 0, 1))
                    .as(field).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new ProjectionSearch(Map.of("code", Map.of("$ne", 1)), none, null, none, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProjectionSearch(Map.of(), none, "text", none, 0, 1))
                .as("text without fields").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProjectionSearch(Map.of(), List.of("code"), "a\u0000b", none, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProjectionSearch(Map.of(), List.of("code"), "x".repeat(201), none, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        for (int[] pageAndSize : new int[][] {{-1, 10}, {0, 0}, {0, 1001}, {Integer.MAX_VALUE, 2}}) {
            assertThatThrownBy(() -> new ProjectionSearch(Map.of(), none, null, none, pageAndSize[0], pageAndSize[1]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new ProjectionSearch(Map.of(), List.of("code"), " a.*b$ ", none, 0, 1).literalPattern())
                .isEqualTo("a\\.\\*b\\$");
    }
}
