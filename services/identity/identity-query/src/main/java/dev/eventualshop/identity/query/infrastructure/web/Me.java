package dev.eventualshop.identity.query.infrastructure.web;

import dev.eventualshop.identity.query.domain.UserView;
import java.util.List;
import java.util.UUID;

/** The body of {@code GET /api/v1/me} (API.md): the signed-in user's account as the read model has it. */
record Me(UUID userId, String email, String firstName, String lastName, boolean emailConfirmed,
          List<String> roles) {

    static Me of(UserView user) {
        return new Me(user.userId(), user.email(), user.firstName(), user.lastName(), user.emailConfirmed(),
                user.roles());
    }
}
