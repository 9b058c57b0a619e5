package dev.eventualshop.gateway.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.projection.ProjectionUpdate;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventStreamTest {

    private final EventStream stream = new EventStream(Duration.ofHours(1), Duration.ofMinutes(1));

    @AfterEach
    void close() {
        stream.destroy();
    }

    @Test
    void streams_are_counted_per_user_and_messages_for_nobody_open_are_dropped() {
        stream.open("ada", false);
        stream.open("ada", false);
        stream.open("bob", true);

        stream.outcome(new OutcomeMessage(UUID.randomUUID(), "x.Y", "carol", "SUCCEEDED", null, null, 1L));
        stream.outcome(new OutcomeMessage(UUID.randomUUID(), "x.Y", null, "SUCCEEDED", null, null, 1L));
        stream.projection(new ProjectionUpdate("carts", "c1", 1, 1, Set.of("carol")));

        assertThat(stream.open()).isEqualTo(3);
    }
}
