package dev.eventualshop.gateway.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.projection.ProjectionUpdate;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open event streams of this replica, by user: each gets the outcomes of the commands its user issued
 * ({@code event: command}) and the read-model updates its user owns ({@code event: projection}), plus a comment
 * line as heartbeat, so proxies keep the connection and clients notice a dead one.
 */
public class EventStream implements DisposableBean {

    private final Map<String, Set<SseEmitter>> byUser = new ConcurrentHashMap<>();
    private final Duration timeout;
    private final ScheduledExecutorService heartbeats =
            Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("sse-heartbeat").factory());

    public EventStream(Duration heartbeat, Duration timeout) {
        this.timeout = timeout;
        heartbeats.scheduleAtFixedRate(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** A new stream for {@code userId}, open until the client leaves or the timeout (clients reconnect). */
    public SseEmitter open(String userId) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Set<SseEmitter> streams = byUser.computeIfAbsent(userId, user -> ConcurrentHashMap.newKeySet());
        streams.add(emitter);
        Runnable remove = () -> close(userId, emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        send(userId, emitter, SseEmitter.event().comment("connected"));
        return emitter;
    }

    /** A command outcome, to its issuer's streams. */
    public void outcome(OutcomeMessage outcome) {
        if (outcome.issuer() == null) {
            return;
        }
        CommandEvent event = new CommandEvent(outcome.commandId(), outcome.status(), outcome.reason(),
                outcome.message(), outcome.aggregateVersion());
        publish(outcome.issuer(), "command", outcome.commandId().toString(), event);
    }

    /** A read-model update, to the streams of each of its owners. */
    public void projection(ProjectionUpdate update) {
        ProjectionEvent event = new ProjectionEvent(update.view(), update.id(), update.version());
        update.owners().forEach(owner -> publish(owner, "projection",
                update.view() + "/" + update.id() + "/" + update.version(), event));
    }

    /** How many streams are open, for tests and metrics. */
    public int open() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }

    private void publish(String userId, String name, String id, Object data) {
        Set<SseEmitter> streams = byUser.get(userId);
        if (streams == null) {
            return;
        }
        for (SseEmitter emitter : streams) {
            send(userId, emitter, SseEmitter.event().name(name).id(id).data(data, MediaType.APPLICATION_JSON));
        }
    }

    private void heartbeat() {
        byUser.forEach((userId, streams) -> streams.forEach(emitter ->
                send(userId, emitter, SseEmitter.event().comment("heartbeat"))));
    }

    private void send(String userId, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            close(userId, emitter);
        }
    }

    private void close(String userId, SseEmitter emitter) {
        byUser.computeIfPresent(userId, (user, streams) -> {
            streams.remove(emitter);
            return streams.isEmpty() ? null : streams;
        });
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
        byUser.values().forEach(streams -> streams.forEach(SseEmitter::complete));
        byUser.clear();
    }

    /** The data of {@code event: command}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CommandEvent(UUID commandId, String status, String reason, String message, Long aggregateVersion) {
    }

    /** The data of {@code event: projection}. */
    public record ProjectionEvent(String view, String id, long version) {
    }
}
