package dev.eventualshop.messaging.relay;

import java.util.List;

/**
 * Maps a context's domain event to the integration events (its public, versioned {@code .v1} contract) other
 * contexts receive. Most domain events map to none; the mapping is the context's decision, not the relay's.
 */
@FunctionalInterface
public interface IntegrationEventMapper {

    /** Maps nothing: a context that publishes no integration events. */
    IntegrationEventMapper NONE = event -> List.of();

    List<Object> map(Object domainEvent);
}
