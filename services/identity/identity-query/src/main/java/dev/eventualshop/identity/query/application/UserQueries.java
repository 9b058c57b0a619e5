package dev.eventualshop.identity.query.application;

import dev.eventualshop.identity.query.domain.UserView;
import dev.eventualshop.identity.query.domain.UsersProjection;
import dev.eventualshop.projection.ProjectionDocument;
import dev.eventualshop.projection.ProjectionStore;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

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
        if (!isUserId(subject)) {
            return Optional.empty();
        }
        ProjectionDocument<UserView> document = store.find(users, subject);
        if (document == null || document.view() == null || !document.owners().contains(subject)) {
            return Optional.empty();
        }
        return Optional.of(new VersionedUser(document.view(), document.version()));
    }

    private static boolean isUserId(String subject) {
        if (subject == null || subject.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(subject).toString().equals(subject);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
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
