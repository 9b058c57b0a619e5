package dev.eventualshop.identity.command.infrastructure.messaging;

import dev.eventualshop.identity.internal.UserEvent;
import dev.eventualshop.identity.v1.IdentityIntegrationEvent;
import dev.eventualshop.messaging.relay.IntegrationEventMapper;
import java.util.List;

/**
 * Identity's public events: a user exists ({@code identity.v1.UserRegistered}) and their address is proven
 * ({@code identity.v1.EmailConfirmed}). Confirmation requests and password changes stay inside Identity.
 */
public final class IdentityIntegrationEvents implements IntegrationEventMapper {

    @Override
    public List<Object> map(Object domainEvent) {
        if (!(domainEvent instanceof UserEvent event)) {
            return List.of();
        }
        return switch (event) {
            case UserEvent.UserRegistered registered -> List.of(new IdentityIntegrationEvent.UserRegistered(
                    registered.userId(), registered.email(), registered.firstName(), registered.lastName()));
            case UserEvent.EmailConfirmed confirmed ->
                    List.of(new IdentityIntegrationEvent.EmailConfirmed(confirmed.userId(), confirmed.email()));
            case UserEvent.ConfirmationRequested requested -> List.of();
            case UserEvent.PasswordChanged changed -> List.of();
        };
    }
}
