package dev.eventualshop.projection;

import java.util.Objects;

/**
 * An integration event a projection takes: the context whose {@code <ctx>.events} exchange carries it, and
 * its record type (its registered type name is the routing key the query service binds).
 */
public record IntegrationSource(String context, Class<?> type) {

    public IntegrationSource {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(type, "type");
    }
}
