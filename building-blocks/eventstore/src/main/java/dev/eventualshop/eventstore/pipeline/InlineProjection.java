package dev.eventualshop.eventstore.pipeline;

import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.RecordedEvent;
import java.util.List;

/**
 * State a context needs synchronously (Identity's credentials, a cart's price list), updated from a
 * command's events inside the append transaction: if the hook fails, nothing of the command is stored.
 */
@FunctionalInterface
public interface InlineProjection<E> {

    void apply(CommandEnvelope<?> envelope, List<RecordedEvent<E>> events);
}
