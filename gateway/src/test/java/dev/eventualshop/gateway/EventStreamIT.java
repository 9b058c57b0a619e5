package dev.eventualshop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.projection.ProjectionUpdate;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;

class EventStreamIT extends GatewaySuite {

    @Test
    void a_user_receives_their_own_outcomes_and_updates_and_heartbeats_only() throws Exception {
        String me = user();
        String someoneElse = user();
        List<String> lines = open(me, "CUSTOMER");

        UUID mine = UUID.randomUUID();
        UUID theirs = UUID.randomUUID();
        CommandAcknowledgementIT.publishOutcome(new OutcomeMessage(theirs, "testshop.CreateWidget", someoneElse,
                "SUCCEEDED", null, null, 1L));
        CommandAcknowledgementIT.publishOutcome(new OutcomeMessage(mine, "testshop.CreateWidget", me,
                "REJECTED", "NOT_FOUND", "no such widget", null));
        publishUpdate(new ProjectionUpdate("carts", "cart-of-someone-else", 4, 4, Set.of(someoneElse)));
        publishUpdate(new ProjectionUpdate("carts", "my-cart", 7, 9, Set.of(me, "admin")));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(lines).contains("event:command", "event:projection", ":heartbeat");
            assertThat(lines).anySatisfy(line -> assertThat(line)
                    .startsWith("data:").contains(mine.toString()).contains("\"status\":\"REJECTED\"")
                    .contains("\"reason\":\"NOT_FOUND\""));
            assertThat(lines).anySatisfy(line -> assertThat(line)
                    .startsWith("data:").contains("\"view\":\"carts\"").contains("\"id\":\"my-cart\"")
                    .contains("\"version\":7"));
        });
        Thread.sleep(500);
        assertThat(String.join("\n", lines)).doesNotContain(theirs.toString(), "cart-of-someone-else");
    }

    @Test
    void an_update_nobody_owns_reaches_everyone_and_an_administrator_hears_of_every_update() throws Exception {
        String shopper = user();
        String otherShopper = user();
        String administrator = user();
        List<String> shoppers = open(shopper, "CUSTOMER");
        List<String> others = open(otherShopper, "CUSTOMER");
        List<String> administrators = open(administrator, "ADMIN");

        publishUpdate(new ProjectionUpdate("order.Orders", "order-of-the-shopper", 3, 3, Set.of(shopper)));
        publishUpdate(new ProjectionUpdate("catalog.Items", "an-item", 2, 2, Set.of()));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertThat(String.join("\n", shoppers)).contains("order-of-the-shopper", "an-item");
            assertThat(String.join("\n", administrators)).contains("order-of-the-shopper", "an-item");
            assertThat(String.join("\n", others)).contains("an-item");
        });
        Thread.sleep(500);
        assertThat(String.join("\n", others)).doesNotContain("order-of-the-shopper");
    }

    @Test
    void the_stream_needs_a_signed_in_user() throws Exception {
        assertProblem(send(request("/api/v1/events").header("Accept", "text/event-stream")), 401);
        assertProblem(get("/api/v1/events", TOKENS.expired(user())), 401);
    }

    private List<String> open(String user, String role) throws Exception {
        HttpResponse<Stream<String>> response = HTTP.send(request("/api/v1/events")
                .header("Authorization", "Bearer " + TOKENS.valid(user, role))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread.ofVirtual().start(() -> response.body().forEach(line -> lines.add(line.replace(": ", ":"))));
        await().atMost(Duration.ofSeconds(5)).until(() -> lines.contains(":connected"));
        return lines;
    }

    private static void publishUpdate(ProjectionUpdate update) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(UUID.randomUUID().toString());
        properties.setCorrelationId(UUID.randomUUID().toString());
        properties.setType(ProjectionUpdate.TYPE);
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setHeader(MessageHeaders.REVISION, 1);
        RABBIT.send(Topology.PROJECTION_UPDATES, "",
                new Message(JSON.writeValueAsString(update).getBytes(StandardCharsets.UTF_8), properties));
    }
}
