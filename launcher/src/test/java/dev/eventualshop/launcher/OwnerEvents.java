package dev.eventualshop.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * A signed-in user's server-sent event stream ({@code GET /api/v1/events}) read in the background: when each of their
 * commands' outcomes arrived with the version it produced, and when each read-model document they own was announced
 * at each version.
 */
final class OwnerEvents implements AutoCloseable {

    private final Map<String, Long> versionOfCommand = new ConcurrentHashMap<>();
    private final Map<String, Map<Long, Long>> announcedAt = new ConcurrentHashMap<>();
    private final Thread reader;

    private OwnerEvents(String shopUrl, String token) {
        reader = Thread.ofVirtual().start(() -> read(shopUrl, token));
    }

    /** Opens the stream and gives it a moment to be registered by the gateway. */
    static OwnerEvents open(String shopUrl, String token) throws InterruptedException {
        OwnerEvents events = new OwnerEvents(shopUrl, token);
        Thread.sleep(500);
        return events;
    }

    private void read(String shopUrl, String token) {
        try {
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(shopUrl + "/api/v1/events"))
                            .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines());
            String[] event = {null};
            response.body().forEach(line -> {
                if (line.startsWith("event:")) {
                    event[0] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    long now = System.nanoTime();
                    JsonNode data = ShopClient.json(line.substring(5).strip());
                    if ("command".equals(event[0])) {
                        versionOfCommand.put(data.path("commandId").asString(), data.path("aggregateVersion").asLong());
                    } else if ("projection".equals(event[0])) {
                        announcedAt.computeIfAbsent(data.path("id").asString(), id -> new ConcurrentHashMap<>())
                                .putIfAbsent(data.path("version").asLong(), now);
                    }
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // the stream was closed (closing interrupts the reader, which may be inside a read)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether document {@code id} was announced at {@code version} or later. */
    boolean announced(String id, long version) {
        return firstAnnounced(id, version) != null;
    }

    /** When ({@link System#nanoTime}) document {@code id} was first announced at the version command {@code commandId} produced or later. */
    Long shownAt(String id, String commandId) {
        Long version = versionOfCommand.get(commandId);
        return version == null ? null : firstAnnounced(id, version);
    }

    /** When ({@link System#nanoTime}) document {@code id} was first announced at {@code version} or later, or null. */
    Long firstAnnouncedAt(String id, long version) {
        return firstAnnounced(id, version);
    }

    private Long firstAnnounced(String id, long version) {
        return announcedAt.getOrDefault(id, Map.of()).entrySet().stream().filter(shown -> shown.getKey() >= version)
                .map(Map.Entry::getValue).min(Long::compare).orElse(null);
    }

    @Override
    public void close() {
        reader.interrupt();
    }
}
