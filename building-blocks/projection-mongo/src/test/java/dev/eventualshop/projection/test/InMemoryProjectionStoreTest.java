package dev.eventualshop.projection.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventualshop.giftcard.query.Balance;
import dev.eventualshop.giftcard.query.BalanceProjection;
import dev.eventualshop.projection.ProjectionDocument;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The in-memory store lists a user's documents as MongoDB does: theirs only, with a view, sorted, capped. */
class InMemoryProjectionStoreTest {

    static final String ADA = "3f2b8c1e-6d4a-4e0b-9a7c-1b2d3e4f5a60";

    final InMemoryProjectionStore store = new InMemoryProjectionStore();
    final BalanceProjection balances = new BalanceProjection();

    void card(String id, String owner, Long amount) {
        Balance view = amount == null ? null
                : new Balance(UUID.randomUUID(), id, amount, Balance.Status.ACTIVE);
        store.write(balances, new ProjectionDocument<>(id, 1, 1, view, Set.of(owner), List.of(), Instant.EPOCH), 0);
    }

    @Test
    void a_users_documents_are_listed_by_a_view_field_then_by_id_and_capped() {
        card("a", ADA, 20L);
        card("b", ADA, 50L);
        card("c", ADA, 20L);
        card("d", ADA, null);
        card("e", UUID.randomUUID().toString(), 99L);

        assertThat(store.listOwn(balances, ADA, "balance", true, 10)).extracting(ProjectionDocument::id)
                .containsExactly("b", "c", "a");
        assertThat(store.listOwn(balances, ADA, "balance", false, 2)).extracting(ProjectionDocument::id)
                .containsExactly("a", "c");
        assertThat(store.listOwn(balances, "not-a-user", "balance", true, 10)).isEmpty();
    }

    @Test
    void a_listing_needs_a_plain_field_of_the_view_and_a_sane_limit() {
        card("a", ADA, 20L);
        card("b", ADA, 30L);

        assertThatThrownBy(() -> store.listOwn(balances, ADA, "view.balance", true, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.listOwn(balances, ADA, "balance", true, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.listOwn(balances, ADA, "nosuchfield", true, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_document_with_a_view_is_listed_whoever_owns_it_sorted_and_capped() {
        card("a", ADA, 20L);
        card("b", UUID.randomUUID().toString(), 50L);
        card("c", ADA, 20L);
        card("d", ADA, null);

        assertThat(store.listAll(balances, "balance", true, 10)).extracting(ProjectionDocument::id)
                .containsExactly("b", "c", "a");
        assertThat(store.listAll(balances, "balance", false, 2)).extracting(ProjectionDocument::id)
                .containsExactly("a", "c");
        assertThatThrownBy(() -> store.listAll(balances, "view.balance", true, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.listAll(balances, "balance", true, 1_001))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_users_own_document_is_found_by_a_view_field_and_no_one_elses() {
        store.write(balances, new ProjectionDocument<>("b", 1, 1,
                new Balance(UUID.randomUUID(), "B", 5, Balance.Status.ACTIVE), Set.of(ADA), List.of(), Instant.EPOCH), 0);
        store.write(balances, new ProjectionDocument<>("a", 1, 1,
                new Balance(UUID.randomUUID(), "A", 5, Balance.Status.EXPIRED), Set.of(ADA), List.of(), Instant.EPOCH), 0);
        String bob = UUID.randomUUID().toString();
        store.write(balances, new ProjectionDocument<>("c", 1, 1,
                new Balance(UUID.randomUUID(), "C", 5, Balance.Status.ACTIVE), Set.of(bob), List.of(), Instant.EPOCH), 0);
        card("d", ADA, null);

        assertThat(store.findOwnBy(balances, ADA, "status", "ACTIVE")).map(ProjectionDocument::id).hasValue("b");
        assertThat(store.findOwnBy(balances, ADA, "status", "EXPIRED")).map(ProjectionDocument::id).hasValue("a");
        assertThat(store.findOwnBy(balances, bob, "status", "EXPIRED")).isEmpty();
        assertThat(store.findOwnBy(balances, "not-a-user", "status", "ACTIVE")).isEmpty();
        assertThatThrownBy(() -> store.findOwnBy(balances, ADA, "view.status", "ACTIVE"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
