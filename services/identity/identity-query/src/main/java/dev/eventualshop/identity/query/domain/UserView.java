package dev.eventualshop.identity.query.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a user reads about their own account. It holds no credential: passwords, their hashes and confirmation
 * tokens never leave identity-command.
 *
 * @param roles the roles the account has, as Identity granted them
 */
public record UserView(UUID userId, String email, String firstName, String lastName, boolean emailConfirmed,
                       List<String> roles) {

    public UserView {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(email, "email");
        roles = List.copyOf(roles);
    }

    /** The same account once the user proved they read mail sent to {@code confirmedEmail}. */
    UserView confirmed(String confirmedEmail) {
        return new UserView(userId, confirmedEmail == null ? email : confirmedEmail, firstName, lastName, true, roles);
    }
}
