package dev.eventualshop.gateway.command;

import java.util.Objects;
import java.util.UUID;

/**
 * A command a controller built from a valid request, ready to stamp and publish.
 *
 * @param context    the bounded context that handles it: it goes to {@code <context>.commands}
 * @param type       its type name (the routing key), e.g. {@code account.ChangeProfile}
 * @param revision   the revision of its payload's shape
 * @param payload    the command record; its issuer comes from the token, never from here
 * @param resourceId the resource it creates or targets, or {@code null}
 */
public record OutgoingCommand(String context, String type, int revision, Object payload, UUID resourceId) {

    public OutgoingCommand {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        if (revision < 1) {
            throw new IllegalArgumentException("revisions start at 1");
        }
    }
}
