package dev.eventualshop.eventstore.pipeline;

import java.util.Objects;
import java.util.UUID;

/**
 * A command for another context that a command sends if, and only if, it commits: it is written to the outbox in
 * the command's transaction and the relay publishes it to {@code <context>.commands} (the context is the first
 * part of its type name) after the command's events. Derive {@code commandId} from the sending command's id, so a
 * repeat of the sender names the same command and the receiver's pipeline runs it once.
 *
 * <p>This is how a command hands a secret to another context without an event holding it (Identity asks
 * Communication to mail a confirmation link): the outbox row is deleted once the relay's publish was confirmed.
 */
public record OutgoingCommand(UUID commandId, Object command) {

    public OutgoingCommand {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(command, "command");
    }

    @Override
    public String toString() {
        return "OutgoingCommand[commandId=" + commandId + ", type=" + command.getClass().getSimpleName() + "]";
    }
}
