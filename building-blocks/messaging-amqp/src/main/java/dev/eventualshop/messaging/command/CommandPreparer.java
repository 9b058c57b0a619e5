package dev.eventualshop.messaging.command;

/**
 * Completes a command from the command queue before the pipeline handles it, with what the service knows and the
 * sender must not decide (Shopping Cart's prices from its price list). A service declares it as a bean; the
 * messaging auto-configuration applies every one, in order, to each command it consumes. It runs before the
 * pipeline's dedupe, so it must be safe to run again for a redelivered command, and it returns the command
 * unchanged when it has nothing to add.
 */
@FunctionalInterface
public interface CommandPreparer {

    /** The preparer that changes nothing. */
    CommandPreparer NONE = command -> command;

    /** {@code command}, or the command to handle in its place (of a type the same aggregate handles). */
    Object prepare(Object command);

    /** This preparer, then {@code next}. */
    default CommandPreparer andThen(CommandPreparer next) {
        return command -> next.prepare(prepare(command));
    }
}
