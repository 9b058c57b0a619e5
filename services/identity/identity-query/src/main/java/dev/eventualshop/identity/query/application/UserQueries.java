package dev.eventualshop.identity.query.application;

import dev.eventualshop.identity.query.domain.UserView;
import dev.eventualshop.identity.query.domain.UsersProjection;
import dev.eventualshop.projection.ProjectionStore;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads of the users read model on behalf of a signed-in user. A user reads only documents they own, so a
 * document that is someone else's is as absent as one that does not exist (yet).
 */
public final class UserQueries {

    private final ProjectionStore store;
    private final UsersProjection users;

    public UserQueries(ProjectionStore store, UsersProjection users) {
        this.store = Objects.requireNonNull(store, "store");
        this.users = Objects.requireNonNull(users, "users");
    }

    /**
     * The account of the user {@code subject} (a token's {@code sub}), if its view exists yet.
     *
     * @param subject the user id the token was issued to; anything that is not a user id finds nothing
     */
    public Optional<VersionedUser> own(String subject) {
        return store.findOwn(users, subject)
                .map(document -> new VersionedUser(document.view(), document.version()));
    }

    /**
     * A user's view with the version of their stream it was folded to, which names the view's state for
     * caching and for comparison with a command outcome's aggregate version.
     */
    public record VersionedUser(UserView user, long version) {

        public VersionedUser {
            Objects.requireNonNull(user, "user");
        }
    }
}
