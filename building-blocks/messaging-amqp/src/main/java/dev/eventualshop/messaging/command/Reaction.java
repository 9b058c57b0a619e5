package dev.eventualshop.messaging.command;

import java.util.Objects;
import java.util.function.Function;

/**
 * A context's reaction to another context's integration event: the command it sends itself. The command id is
 * UUIDv5 of the message id and the reaction's name, so a redelivered message is recognised by the pipeline's
 * dedupe and changes nothing. A reaction may return {@code null} to ignore a message.
 *
 * @param name          stable name, part of the command id: never rename a deployed reaction
 * @param sourceContext the context whose {@code <ctx>.events} exchange carries the message
 * @param messageType   the message's type, or a type several registered messages share (a sealed interface): the
 *                      reaction takes every registered message of it
 */
public record Reaction<M>(String name, String sourceContext, Class<M> messageType, Function<M, ?> command) {

    public Reaction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sourceContext, "sourceContext");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(command, "command");
    }

    Object commandFor(Object message) {
        return command.apply(messageType.cast(message));
    }
}
