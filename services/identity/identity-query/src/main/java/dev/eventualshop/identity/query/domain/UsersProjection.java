package dev.eventualshop.identity.query.domain;

import dev.eventualshop.identity.IdentityMessages;
import dev.eventualshop.identity.internal.UserEvent;
import dev.eventualshop.projection.Projection;
import java.util.Set;

/**
 * The users read model: one {@link UserView} per user stream ({@code identity.User/<userId>}), at the stream's
 * version, readable by that user only. Events that change nothing a user sees (a confirmation mailed, a
 * password changed) still advance the document's version.
 */
public final class UsersProjection implements Projection<UserView> {

    public static final String VIEW = "identity.Users";

    @Override
    public String view() {
        return VIEW;
    }

    @Override
    public Class<UserView> viewType() {
        return UserView.class;
    }

    @Override
    public String streamType() {
        return IdentityMessages.USER_STREAM;
    }

    @Override
    public UserView evolve(UserView user, Object event) {
        if (!(event instanceof UserEvent userEvent)) {
            return user;
        }
        return switch (userEvent) {
            case UserEvent.UserRegistered registered -> new UserView(registered.userId(), registered.email(),
                    registered.firstName(), registered.lastName(), false, registered.roles());
            case UserEvent.EmailConfirmed confirmed -> user == null ? null : user.confirmed(confirmed.email());
            case UserEvent.ConfirmationRequested requested -> user;
            case UserEvent.PasswordChanged changed -> user;
        };
    }

    /** A user's account is theirs alone: the owner is the user id, the {@code sub} of their tokens. */
    @Override
    public Set<String> owners(UserView user) {
        return Set.of(user.userId().toString());
    }
}
