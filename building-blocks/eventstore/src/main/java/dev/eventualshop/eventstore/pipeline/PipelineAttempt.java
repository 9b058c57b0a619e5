package dev.eventualshop.eventstore.pipeline;

import dev.eventualshop.decider.Decision;
import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.EventStore;
import dev.eventualshop.eventstore.RecordedEvent;
import dev.eventualshop.eventstore.StreamAppend;
import dev.eventualshop.eventstore.StreamRef;
import dev.eventualshop.eventstore.deadline.DeadlineStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One try of the pipeline, run inside a transaction: dedupe, load, decide, then write everything the command
 * causes, the commands it sends to other contexts included. Any unique-key conflict escapes to
 * {@link CommandPipeline}, which rolls back and tries again.
 */
final class PipelineAttempt {

    /** What the attempt decided and recorded, and the snapshots to write once it has committed. */
    record Result(CommandOutcome outcome, List<Snapshotting<?>> snapshots) {
    }

    /** A stream whose new state should be kept as its snapshot. */
    record Snapshotting<S>(SnapshotPolicy<S> policy, StreamRef stream, LoadedStream<S> state) {
    }

    /** One targeted stream with the state it was decided on and the events it decided. */
    private record Decided<S, E>(StreamRef stream, LoadedStream<S> loaded, List<E> events) {
        long lastVersion() {
            return loaded.version() + events.size();
        }
    }

    private final EventStore events;
    private final AggregateLoader loader;
    private final CommandLog commands;
    private final ClaimStore claims;
    private final DeadlineStore deadlines;
    private final Clock clock;

    PipelineAttempt(EventStore events, AggregateLoader loader, CommandLog commands, ClaimStore claims,
                    DeadlineStore deadlines, Clock clock) {
        this.events = events;
        this.loader = loader;
        this.commands = commands;
        this.claims = claims;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    EventStore events() {
        return events;
    }

    /**
     * Decides and writes. There is no dedupe read first: a command id already recorded makes the
     * {@code commands} insert fail on its unique key, and {@link CommandPipeline} then returns the recorded
     * outcome, so a first delivery (the common case) costs no extra round trip.
     */
    Result run(Aggregate<?, ?, ?> aggregate, CommandEnvelope<?> envelope, String commandType, Sends sends) {
        return decideAndWrite(aggregate, envelope, commandType, sends);
    }

    private <C, S, E> Result decideAndWrite(Aggregate<C, S, E> aggregate, CommandEnvelope<?> envelope,
                                           String commandType, Sends sends) {
        Instant now = clock.instant();
        C command = aggregate.commandType().cast(envelope.command());
        List<Decided<S, E>> decided = new ArrayList<>();
        for (Map.Entry<String, C> target : aggregate.route(command).entrySet()) {
            StreamRef stream = new StreamRef(aggregate.streamType(), target.getKey());
            LoadedStream<S> loaded = loader.load(aggregate, stream);
            Decision<E> decision = aggregate.decider().decide(target.getValue(), loaded.state());
            if (decision instanceof Decision.Rejected<E> rejected) {
                return reject(envelope, commandType, rejected.reason(), rejected.message(), now, sends);
            }
            decided.add(new Decided<>(stream, loaded, decision.events()));
        }
        Optional<ClaimChange.Take> contested = contestedClaim(aggregate, decided);
        if (contested.isPresent()) {
            return reject(envelope, commandType, contested.get().rejectionReason(),
                    "already claimed in " + contested.get().scope(), now, sends);
        }
        List<RecordedEvent<E>> appended = recorded(decided);
        writeClaimsAndDeadlines(aggregate, envelope, appended, now);
        for (InlineProjection<E> projection : aggregate.inlineProjections()) {
            projection.apply(envelope, appended);
        }
        CommandOutcome outcome = CommandOutcome.succeeded(envelope.commandId(), decided.stream()
                .filter(d -> !d.events().isEmpty())
                .map(d -> new StreamRange(d.stream().type(), d.stream().id(), d.loaded().version() + 1,
                        d.lastVersion()))
                .toList());
        commands.recordSends(envelope.commandId(), outgoing(aggregate, decided, sends.of(outcome)), events.codec());
        // The events and the commands row last, together: one round trip where the database allows.
        events.append(envelope, now, decided.stream()
                        .map(d -> new StreamAppend(d.stream(), d.loaded().version(), d.events())).toList(),
                commands.insert(envelope, commandType, outcome, now));
        return new Result(outcome, snapshotsDue(aggregate, decided));
    }

    private Result reject(CommandEnvelope<?> envelope, String commandType, String reason, String message,
                          Instant now, Sends sends) {
        CommandOutcome outcome = CommandOutcome.rejected(envelope.commandId(), reason, message);
        commands.record(envelope, commandType, outcome, now);
        commands.recordSends(envelope.commandId(), sends.of(outcome), events.codec());
        return new Result(outcome, List.of());
    }

    /** The first claim a decided event takes that another stream already owns. */
    private <S, E> Optional<ClaimChange.Take> contestedClaim(Aggregate<?, S, E> aggregate,
                                                             List<Decided<S, E>> decided) {
        for (Decided<S, E> d : decided) {
            for (E event : d.events()) {
                for (ClaimChange change : aggregate.claims(event)) {
                    if (change instanceof ClaimChange.Take take && claims.owner(take.scope(), take.key())
                            .filter(owner -> !owner.equals(d.stream().id())).isPresent()) {
                        return Optional.of(take);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private <E> void writeClaimsAndDeadlines(Aggregate<?, ?, E> aggregate, CommandEnvelope<?> envelope,
                                             List<RecordedEvent<E>> appended, Instant now) {
        for (RecordedEvent<E> event : appended) {
            String owner = event.stream().id();
            for (ClaimChange change : aggregate.claims(event.payload())) {
                switch (change) {
                    case ClaimChange.Take take -> {
                        // Insert unless this stream holds it already: a claim another stream took since the
                        // check above makes the insert fail, and the retry rejects the command.
                        if (!claims.owner(take.scope(), take.key()).filter(owner::equals).isPresent()) {
                            claims.take(take.scope(), take.key(), owner, envelope.commandId(), now);
                        }
                    }
                    case ClaimChange.Release release -> claims.release(release.scope(), release.key(), owner);
                }
            }
            for (DeadlineChange change : aggregate.deadlines(event.payload())) {
                switch (change) {
                    case DeadlineChange.Schedule schedule -> deadlines.schedule(schedule.deadlineId(),
                            schedule.dueAt(), events.codec().serialize(schedule.command()), envelope.commandId(),
                            envelope.correlationId());
                    case DeadlineChange.Cancel cancel -> deadlines.cancel(cancel.deadlineId());
                }
            }
        }
    }

    /** What the caller sends, then what each event sends given the state it leaves its stream in. */
    private static <S, E> List<OutgoingCommand> outgoing(Aggregate<?, S, E> aggregate, List<Decided<S, E>> decided,
                                                         List<OutgoingCommand> callerSends) {
        if (!aggregate.sendsCommands()) {
            return callerSends;
        }
        List<OutgoingCommand> outgoing = new ArrayList<>(callerSends);
        for (Decided<S, E> d : decided) {
            S state = d.loaded().state();
            for (E event : d.events()) {
                state = aggregate.decider().evolve(state, event);
                outgoing.addAll(aggregate.sends(state, event));
            }
        }
        return outgoing;
    }

    private static <S, E> List<RecordedEvent<E>> recorded(List<Decided<S, E>> decided) {
        List<RecordedEvent<E>> recorded = new ArrayList<>();
        for (Decided<S, E> d : decided) {
            long version = d.loaded().version();
            for (E event : d.events()) {
                recorded.add(new RecordedEvent<>(d.stream(), ++version, event));
            }
        }
        return recorded;
    }

    private static <S, E> List<Snapshotting<?>> snapshotsDue(Aggregate<?, S, E> aggregate,
                                                             List<Decided<S, E>> decided) {
        Optional<SnapshotPolicy<S>> policy = aggregate.snapshots();
        if (policy.isEmpty()) {
            return List.of();
        }
        List<Snapshotting<?>> due = new ArrayList<>();
        for (Decided<S, E> d : decided) {
            if (policy.get().crossed(d.loaded().version(), d.lastVersion())) {
                S state = aggregate.decider().fold(d.loaded().state(), d.events());
                due.add(new Snapshotting<>(policy.get(), d.stream(), new LoadedStream<>(state, d.lastVersion())));
            }
        }
        return due;
    }
}
