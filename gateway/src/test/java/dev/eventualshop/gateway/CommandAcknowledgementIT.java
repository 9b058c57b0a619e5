package dev.eventualshop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.eventualshop.contracts.Ids;
import dev.eventualshop.messaging.MessageHeaders;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.messaging.Topology;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import tools.jackson.databind.JsonNode;

class CommandAcknowledgementIT extends GatewaySuite {

    static final String QUEUE = "testshop-command.testshop.commands";

    @BeforeAll
    static void commandQueue() {
        DirectExchange exchange = new DirectExchange(Topology.commands(TestCommands.CONTEXT), true, false);
        ADMIN.declareExchange(exchange);
        Queue queue = new Queue(QUEUE, true, false, false);
        ADMIN.declareQueue(queue);
        ADMIN.declareBinding(BindingBuilder.bind(queue).to(exchange).with(TestCommands.TYPE));
    }

    @BeforeEach
    void emptyQueue() {
        ADMIN.purgeQueue(QUEUE, false);
        clearInvocations(publisher);
    }

    @AfterEach
    void healLink() {
        LINK.restore();
    }

    @Test
    void a_command_is_acknowledged_once_the_broker_confirmed_it() throws Exception {
        String user = user();

        HttpResponse<String> response = post("/api/v1/test/widgets", TOKENS.valid(user, "CUSTOMER"),
                "{\"name\":\"gear\",\"quantity\":2}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode body = json(response);
        UUID commandId = UUID.fromString(body.get("commandId").asString());
        assertThat(body.get("status").asString()).isEqualTo("PENDING");
        assertThat(body.get("resourceId").asString()).isEqualTo(Ids.resourceId(commandId, "widget").toString());
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/commands/" + commandId);
        assertThat(commandId.version()).isEqualTo(7);

        Message message = RABBIT.receive(QUEUE, 5_000);
        assertThat(message).isNotNull();
        MessageProperties properties = message.getMessageProperties();
        assertThat(properties.getMessageId()).isEqualTo(commandId.toString());
        assertThat(properties.getType()).isEqualTo(TestCommands.TYPE);
        assertThat(properties.getCorrelationId()).isEqualTo(commandId.toString());
        assertThat(properties.getTimestamp()).isNotNull();
        assertThat(properties.getReceivedDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
        assertThat(properties.getHeaders()).containsEntry(MessageHeaders.ISSUER, user)
                .containsEntry(MessageHeaders.REVISION, 1);
        JsonNode payload = JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
        assertThat(payload.get("name").asString()).isEqualTo("gear");
        assertThat(payload.get("quantity").asInt()).isEqualTo(2);

        JsonNode status = json(get("/api/v1/commands/" + commandId, TOKENS.valid(user, "CUSTOMER")));
        assertThat(status.get("status").asString()).isEqualTo("PENDING");
        assertThat(status.get("resourceId").asString()).isEqualTo(body.get("resourceId").asString());
        assertThat(status.has("issuer")).isFalse();
    }

    @Test
    void a_command_no_queue_takes_is_not_acknowledged() throws Exception {
        ADMIN.removeBinding(BindingBuilder.bind(new Queue(QUEUE)).to(new DirectExchange(
                Topology.commands(TestCommands.CONTEXT))).with(TestCommands.TYPE));
        try {
            HttpResponse<String> response = post("/api/v1/test/widgets", TOKENS.valid(user(), "CUSTOMER"),
                    "{\"name\":\"gear\",\"quantity\":2}");

            assertProblem(response, 503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        } finally {
            commandQueue();
        }
    }

    @Test
    void with_the_broker_unreachable_the_answer_is_503_with_retry_after_and_nothing_is_recorded() throws Exception {
        String user = user();
        LINK.cut();

        HttpResponse<String> response = post("/api/v1/test/widgets", TOKENS.valid(user, "CUSTOMER"),
                "{\"name\":\"gear\",\"quantity\":2}", "Idempotency-Key", "outage-1");

        assertProblem(response, 503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
        UUID commandId = Ids.commandId(user, "outage-1");
        assertProblem(get("/api/v1/commands/" + commandId, TOKENS.valid(user, "CUSTOMER")), 404);

        LINK.restore();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            HttpResponse<String> retry = post("/api/v1/test/widgets", TOKENS.valid(user, "CUSTOMER"),
                    "{\"name\":\"gear\",\"quantity\":2}", "Idempotency-Key", "outage-1");
            assertThat(retry.statusCode()).isEqualTo(202);
            assertThat(json(retry).get("commandId").asString()).isEqualTo(commandId.toString());
        });
    }

    @Test
    void a_replay_with_the_same_idempotency_key_returns_the_same_ids_and_publishes_once() throws Exception {
        String user = user();
        String token = TOKENS.valid(user, "CUSTOMER");

        HttpResponse<String> first = post("/api/v1/test/widgets", token, "{\"name\":\"gear\",\"quantity\":2}",
                "Idempotency-Key", "key-1");
        HttpResponse<String> second = post("/api/v1/test/widgets", token, "{\"name\":\"gear\",\"quantity\":2}",
                "Idempotency-Key", "key-1");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(json(second).get("commandId")).isEqualTo(json(first).get("commandId"));
        assertThat(json(second).get("resourceId")).isEqualTo(json(first).get("resourceId"));
        assertThat(json(first).get("commandId").asString()).isEqualTo(Ids.commandId(user, "key-1").toString());
        assertThat(RABBIT.receive(QUEUE, 5_000)).isNotNull();
        assertThat(RABBIT.receive(QUEUE, 500)).isNull();
        verify(publisher, times(1)).publish(any());
    }

    @Test
    void the_same_key_from_another_user_is_another_command() throws Exception {
        HttpResponse<String> mine = post("/api/v1/test/widgets", TOKENS.valid(user(), "CUSTOMER"),
                "{\"name\":\"gear\",\"quantity\":2}", "Idempotency-Key", "shared-key");
        HttpResponse<String> theirs = post("/api/v1/test/widgets", TOKENS.valid(user(), "CUSTOMER"),
                "{\"name\":\"gear\",\"quantity\":2}", "Idempotency-Key", "shared-key");

        assertThat(json(mine).get("commandId")).isNotEqualTo(json(theirs).get("commandId"));
    }

    @Test
    void a_blank_or_oversized_idempotency_key_is_400() throws Exception {
        String token = TOKENS.valid(user(), "CUSTOMER");

        assertProblem(post("/api/v1/test/widgets", token, "{\"name\":\"gear\",\"quantity\":2}",
                "Idempotency-Key", "x".repeat(201)), 400);
        assertProblem(post("/api/v1/test/widgets", token, "{\"name\":\"gear\",\"quantity\":2}",
                "Idempotency-Key", " "), 400);
        verify(publisher, never()).publish(any());
    }

    @Test
    void the_status_follows_the_outcome_message() throws Exception {
        String user = user();
        String token = TOKENS.valid(user, "CUSTOMER");
        UUID commandId = UUID.fromString(json(post("/api/v1/test/widgets", token,
                "{\"name\":\"gear\",\"quantity\":2}")).get("commandId").asString());

        publishOutcome(new OutcomeMessage(commandId, TestCommands.TYPE, user, "REJECTED", "NOT_FOUND",
                "no such widget", null));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode status = json(get("/api/v1/commands/" + commandId, token));
            assertThat(status.get("status").asString()).isEqualTo("REJECTED");
            assertThat(status.get("reason").asString()).isEqualTo("NOT_FOUND");
            assertThat(status.get("message").asString()).isEqualTo("no such widget");
            assertThat(status.get("resourceId").asString()).isEqualTo(Ids.resourceId(commandId, "widget").toString());
        });
    }

    @Test
    void an_outcome_that_overtakes_its_acknowledgement_is_kept() throws Exception {
        String user = user();
        UUID commandId = UUID.randomUUID();
        publishOutcome(new OutcomeMessage(commandId, TestCommands.TYPE, user, "SUCCEEDED", null, null, 3L));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode status = json(get("/api/v1/commands/" + commandId, TOKENS.valid(user, "CUSTOMER")));
            assertThat(status.get("status").asString()).isEqualTo("SUCCEEDED");
            assertThat(status.get("aggregateVersion").asLong()).isEqualTo(3L);
        });
    }

    @Test
    void another_users_command_is_404() throws Exception {
        String owner = user();
        UUID commandId = UUID.fromString(json(post("/api/v1/test/widgets", TOKENS.valid(owner, "CUSTOMER"),
                "{\"name\":\"gear\",\"quantity\":2}")).get("commandId").asString());

        assertThat(get("/api/v1/commands/" + commandId, TOKENS.valid(owner, "CUSTOMER")).statusCode()).isEqualTo(200);
        assertProblem(get("/api/v1/commands/" + commandId, TOKENS.valid(user(), "CUSTOMER")), 404);
        assertProblem(get("/api/v1/commands/" + UUID.randomUUID(), TOKENS.valid(owner, "CUSTOMER")), 404);
        assertProblem(get("/api/v1/commands/not-a-uuid", TOKENS.valid(owner, "CUSTOMER")), 400);
    }

    @Test
    void bad_shapes_are_400_at_once_and_nothing_is_published() throws Exception {
        String token = TOKENS.valid(user(), "CUSTOMER");

        JsonNode unknown = assertProblem(post("/api/v1/test/widgets", token,
                "{\"name\":\"gear\",\"quantity\":2,\"owner\":\"someone-else\"}"), 400);
        JsonNode quoted = assertProblem(post("/api/v1/test/widgets", token, "{\"name\":\"gear\",\"quantity\":\"5\"}"), 400);
        JsonNode fraction = assertProblem(post("/api/v1/test/widgets", token, "{\"name\":\"gear\",\"quantity\":2.7}"), 400);
        JsonNode range = assertProblem(post("/api/v1/test/widgets", token, "{\"name\":\"gear\",\"quantity\":100}"), 400);
        assertProblem(post("/api/v1/test/widgets", token, "{\"name\":"), 400);

        assertThat(unknown.get("errors").findValuesAsString("field")).contains("owner");
        assertThat(quoted.get("errors").findValuesAsString("field")).contains("quantity");
        assertThat(fraction.get("errors").findValuesAsString("field")).contains("quantity");
        assertThat(range.get("errors").findValuesAsString("field")).contains("quantity");
        verify(publisher, never()).publish(any());
        assertThat(RABBIT.receive(QUEUE, 300)).isNull();
    }

    @Test
    void a_wrong_content_type_is_415_and_a_body_over_the_limit_413_and_nothing_is_published() throws Exception {
        String token = TOKENS.valid(user(), "CUSTOMER");

        assertProblem(send(request("/api/v1/test/widgets").header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("name=gear"))), 415);
        assertProblem(post("/api/v1/test/widgets", token,
                "{\"name\":\"" + "x".repeat(1_100_000) + "\",\"quantity\":2}"), 413);
        verify(publisher, never()).publish(any());
    }

    static void publishOutcome(OutcomeMessage outcome) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(UUID.randomUUID().toString());
        properties.setType(OutcomeMessage.TYPE);
        properties.setCorrelationId(outcome.commandId().toString());
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setHeader(MessageHeaders.REVISION, 1);
        properties.setHeader(MessageHeaders.COMMAND_ID, outcome.commandId().toString());
        properties.setHeader(MessageHeaders.ISSUER, outcome.issuer());
        RABBIT.send(Topology.OUTCOMES, outcome.commandType(),
                new Message(JSON.writeValueAsString(outcome).getBytes(StandardCharsets.UTF_8), properties));
    }
}
