package dev.eventualshop.gateway.command;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.contracts.Uuids;
import dev.eventualshop.gateway.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Turns a valid request into an accepted command: stamps it (command id, issuer from the token, correlation id,
 * issued-at), publishes it with confirms and records it PENDING for its issuer. The command id is
 * {@link Ids#commandId} of the issuer and the {@code Idempotency-Key} when there is one, so a retry names the
 * same command, is answered with the same ids and is not published again; without a key it is a fresh
 * version 7 id.
 */
public class CommandGateway {

    /** Keys longer than this are refused: they are names, not payloads. */
    static final int MAX_KEY_LENGTH = 200;

    private final CommandPublisher publisher;
    private final CommandStatuses statuses;
    private final Clock clock;
    private final RandomGenerator random;

    public CommandGateway(CommandPublisher publisher, CommandStatuses statuses, Clock clock, RandomGenerator random) {
        this.publisher = publisher;
        this.statuses = statuses;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Publishes the command {@code build} makes for its id, unless this issuer's key already names an accepted
     * command: then that command's acknowledgement is returned as it was.
     */
    public Acknowledgement send(Caller caller, String idempotencyKey, Function<UUID, OutgoingCommand> build) {
        UUID commandId = commandId(caller.userId(), idempotencyKey);
        Optional<CommandStatus> earlier = statuses.find(commandId, caller.userId());
        if (earlier.isPresent()) {
            return Acknowledgement.pending(commandId, earlier.get().resourceId());
        }
        OutgoingCommand command = build.apply(commandId);
        Instant now = clock.instant();
        publisher.publish(new StampedCommand(commandId, caller.userId(), commandId, now, command));
        statuses.accepted(commandId, caller.userId(), command.type(), command.resourceId());
        return Acknowledgement.pending(commandId, command.resourceId());
    }

    /**
     * Records a command handed to its context some other way (over internal HTTP) as PENDING for its issuer,
     * after the context accepted it.
     */
    public Acknowledgement accepted(Caller caller, UUID commandId, String commandType, UUID resourceId) {
        statuses.accepted(commandId, caller.userId(), commandType, resourceId);
        return Acknowledgement.pending(commandId, resourceId);
    }

    /** The earlier acknowledgement of this command, if its issuer already sent it. */
    public Optional<Acknowledgement> earlier(Caller caller, UUID commandId) {
        return statuses.find(commandId, caller.userId())
                .map(status -> Acknowledgement.pending(commandId, status.resourceId()));
    }

    /** The id of the command {@code issuer} sends under {@code idempotencyKey} (or none). */
    public UUID commandId(String issuer, String idempotencyKey) {
        if (idempotencyKey == null) {
            return fresh();
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH
                || idempotencyKey.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidIdempotencyKeyException();
        }
        return Ids.commandId(issuer, idempotencyKey);
    }

    /** A fresh command id, for commands of callers without an account. */
    public UUID fresh() {
        return Uuids.v7(clock.instant(), random);
    }
}
