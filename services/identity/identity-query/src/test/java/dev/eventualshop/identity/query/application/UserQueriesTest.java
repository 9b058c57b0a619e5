package dev.eventualshop.identity.query.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.identity.query.domain.UserView;
import dev.eventualshop.identity.query.domain.UsersProjection;
import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.projection.test.InMemoryProjectionStore;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserQueriesTest {

    static final UUID ADA = UUID.fromString("3f2b8c1e-6d4a-4e0b-9a7c-1b2d3e4f5a60");
    static final UUID GRACE = UUID.fromString("9c8b7a65-4d3e-4f21-8a0b-c1d2e3f4a5b6");
    static final UserView ADA_VIEW = new UserView(ADA, "ada@example.com", "Ada", "Lovelace", true, List.of("CUSTOMER"));

    final UsersProjection users = new UsersProjection();
    final InMemoryProjectionStore store = new InMemoryProjectionStore();
    final UserQueries queries = new UserQueries(store, users);

    void stored(String id, long version, UserView view, Set<String> owners) {
        assertThat(store.write(users, new ProjectionDocument<>(id, version, 1, view, owners, List.of(),
                Instant.EPOCH), 0)).isTrue();
    }

    @Test
    void a_user_reads_their_own_view_with_its_version() {
        stored(ADA.toString(), 3, ADA_VIEW, Set.of(ADA.toString()));

        assertThat(queries.own(ADA.toString())).contains(new UserQueries.VersionedUser(ADA_VIEW, 3));
    }

    @Test
    void a_user_without_a_view_yet_finds_nothing() {
        assertThat(queries.own(GRACE.toString())).isEmpty();
    }

    @Test
    void a_document_the_subject_does_not_own_is_never_returned() {
        stored(GRACE.toString(), 1, ADA_VIEW, Set.of(ADA.toString()));

        assertThat(queries.own(GRACE.toString())).isEmpty();
    }

    @Test
    void a_document_without_a_view_is_not_returned() {
        stored(ADA.toString(), 2, null, Set.of());

        assertThat(queries.own(ADA.toString())).isEmpty();
    }

    @Test
    void a_subject_that_is_not_a_user_id_finds_nothing_and_reaches_no_store() {
        stored("admin", 1, ADA_VIEW, Set.of("admin"));

        assertThat(queries.own("admin")).isEmpty();
        assertThat(queries.own(null)).isEmpty();
        assertThat(queries.own("")).isEmpty();
        assertThat(queries.own("{\"$ne\": null}")).isEmpty();
        assertThat(queries.own(ADA.toString().toUpperCase())).isEmpty();
    }
}
