package dev.eventualshop.eventstore.pipeline;

import java.util.List;

/**
 * The commands a command sends to other contexts, given its outcome (a rejection may send something too: a
 * registration refused because the address is taken tells the address's owner). Called inside the command's
 * transaction once the outcome is decided, so what it returns is stored with the outcome or not at all; it is not
 * called for a repeat of a recorded command, nor for a command rejected after losing every race
 * ({@link CommandPipeline#CONFLICT}).
 */
@FunctionalInterface
public interface Sends {

    /** Sends nothing. */
    Sends NOTHING = outcome -> List.of();

    List<OutgoingCommand> of(CommandOutcome outcome);
}
