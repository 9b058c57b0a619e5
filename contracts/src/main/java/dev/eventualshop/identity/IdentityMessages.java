package dev.eventualshop.identity;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.identity.internal.UserEvent;
import dev.eventualshop.identity.v1.IdentityIntegrationEvent;

/**
 * Identity's message type names. The stream type of a user is {@link #USER_STREAM}. Commands that carry a
 * secret are not here: they never leave identity-command, which registers them itself.
 */
public final class IdentityMessages {

    public static final String CONTEXT = "identity";
    public static final String USER_STREAM = "identity.User";

    private IdentityMessages() {
    }

    /** Identity's domain events, for identity-command and identity-query only. */
    public static MessageTypes domainEvents() {
        return MessageTypes.builder()
                .register("identity.UserRegistered", UserEvent.UserRegistered.class)
                .register("identity.ConfirmationRequested", UserEvent.ConfirmationRequested.class)
                .register("identity.EmailConfirmed", UserEvent.EmailConfirmed.class)
                .register("identity.PasswordChanged", UserEvent.PasswordChanged.class)
                .build();
    }

    /** Identity's integration events, for every context. */
    public static MessageTypes integrationEvents() {
        return MessageTypes.builder()
                .register("identity.v1.UserRegistered", IdentityIntegrationEvent.UserRegistered.class)
                .register("identity.v1.EmailConfirmed", IdentityIntegrationEvent.EmailConfirmed.class)
                .build();
    }
}
