package dev.eventualshop.identity.v1;

import java.util.UUID;

/** Identity's public, versioned events, for the contexts that keep a copy of who their customers are. */
public sealed interface IdentityIntegrationEvent {

    UUID userId();

    /** A user account exists (Account opens one, Shopping Cart learns the customer). */
    record UserRegistered(UUID userId, String email, String firstName, String lastName)
            implements IdentityIntegrationEvent {
    }

    /** The user's email is confirmed: from now on they may check out. */
    record EmailConfirmed(UUID userId, String email) implements IdentityIntegrationEvent {
    }
}
