package dev.eventualshop.messaging.command;

import dev.eventualshop.messaging.OutcomeMessage;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A context's reaction to the outcomes of commands it sent another context through its outbox: the reply of a
 * command/reply exchange, for a step whose failure is a rejection and so has no event to announce it (a
 * reservation refused for lack of stock). It takes the outcomes of {@code commandTypes} issued by
 * {@code system:<context>} (the relay's issuer for a context's outgoing commands) and returns the command the
 * context sends itself, or {@code null} to ignore one. Derive the outgoing command's id from what the reply must
 * find (e.g. the order id), since an outcome carries only the command id. The command id is UUIDv5 of the
 * outcome's message id (itself derived from the command id) and the reaction's name, so a redelivered outcome
 * changes nothing.
 *
 * @param name         stable name, part of the command id: never rename a deployed reaction
 * @param commandTypes the command types whose outcomes it takes (routing keys on {@code commands.outcomes})
 * @param issuer       the issuer of those commands ({@code MessageHeaders.systemIssuer}): only its outcomes
 *                     are taken
 */
public record OutcomeReaction(String name, List<String> commandTypes, String issuer,
                              Function<OutcomeMessage, ?> command) {

    public OutcomeReaction {
        Objects.requireNonNull(name, "name");
        commandTypes = List.copyOf(commandTypes);
        if (commandTypes.isEmpty()) {
            throw new IllegalArgumentException("an outcome reaction takes the outcomes of at least one command type");
        }
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(command, "command");
    }

    Object commandFor(OutcomeMessage outcome) {
        return issuer.equals(outcome.issuer()) && commandTypes.contains(outcome.commandType())
                ? command.apply(outcome) : null;
    }
}
