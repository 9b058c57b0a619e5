package dev.eventualshop.eventstore.pipeline;

/**
 * Told right after a command's transaction committed a new {@code commands} row, so the relay publishes it
 * at once instead of at its next poll. Called on the committing thread: return quickly.
 */
@FunctionalInterface
public interface CommitListener {

    void committed(CommandOutcome outcome);
}
