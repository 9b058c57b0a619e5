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
 * ({@code event: command}) and the read-model updates it may read ({@code event: projection}), plus a comment
 * line as heartbeat, so proxies keep the connection and clients notice a dead one. An update reaches its
 * owners' streams; an update of a view nobody owns (the catalog, prices, stock) reaches every stream; and an
 * administrator's stream gets every update, since an ADMIN may read every view (the admin pages follow the
 * catalog, stock and orders). An update carries only a view's name, id and version, never its content.
 */
public class EventStream implements DisposableBean {

    private final Map<String, Set<SseEmitter>> byUser = new ConcurrentHashMap<>();
    /** The administrators' streams, with their users. */
    private final Map<SseEmitter, String> administrators = new ConcurrentHashMap<>();
    private final Duration timeout;
    private final ScheduledExecutorService heartbeats =
            Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("sse-heartbeat").factory());

    public EventStream(Duration heartbeat, Duration timeout) {
        this.timeout = timeout;
        heartbeats.scheduleAtFixedRate(this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * A new stream for {@code userId}, open until the client leaves or the timeout (clients reconnect); an
     * {@code administrator}'s also gets the updates of views others own.
     */
    public SseEmitter open(String userId, boolean administrator) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        Set<SseEmitter> streams = byUser.computeIfAbsent(userId, user -> ConcurrentHashMap.newKeySet());
        streams.add(emitter);
        if (administrator) {
            administrators.put(emitter, userId);
        }
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

    /** A read-model update: to its owners' and the administrators' streams, or to every stream if nobody owns it. */
    public void projection(ProjectionUpdate update) {
        ProjectionEvent event = new ProjectionEvent(update.view(), update.id(), update.version());
        String id = update.view() + "/" + update.id() + "/" + update.version();
        if (update.owners().isEmpty()) {
            byUser.keySet().forEach(userId -> publish(userId, "projection", id, event));
            return;
        }
        update.owners().forEach(owner -> publish(owner, "projection", id, event));
        administrators.forEach((emitter, userId) -> {
            if (!update.owners().contains(userId)) {
                send(userId, emitter, event("projection", id, event));
            }
        });
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
            send(userId, emitter, event(name, id, data));
        }
    }

    private static SseEmitter.SseEventBuilder event(String name, String id, Object data) {
        return SseEmitter.event().name(name).id(id).data(data, MediaType.APPLICATION_JSON);
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
        administrators.remove(emitter);
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
        administrators.clear();
    }

    /** The data of {@code event: command}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CommandEvent(UUID commandId, String status, String reason, String message, Long aggregateVersion) {
    }

    /** The data of {@code event: projection}. */
    public record ProjectionEvent(String view, String id, long version) {
    }
}
