package dev.eventualshop.identity.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.messaging.Topology;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

/** Input the internal API must refuse without recording anything, and the door it must not have. */
@Order(3)
class HostileInputIT extends IdentityCommandSuite {

    @Test
    @Order(6)
    void bad_shapes_are_400_problems_and_record_nothing() {
        int commands = count("select count(*) from commands");
        List<String> bodies = List.of(
                "{\"email\": \"a@example.com\", \"password\": \"long enough 1\", \"firstName\": \"A\", \"lastName\": \"B\", \"roles\": [\"ADMIN\"]}",
                "{\"email\": \"a@example.com\", \"password\": 123456789, \"firstName\": \"A\", \"lastName\": \"B\"}",
                "{\"email\": \"not an address\", \"password\": \"long enough 1\", \"firstName\": \"A\", \"lastName\": \"B\"}",
                "{\"email\": \"a@example.com\", \"password\": \"short\", \"firstName\": \"A\", \"lastName\": \"B\"}",
                "{\"email\": \"a@example.com\", \"password\": \"long enough 1\", \"firstName\": \"\", \"lastName\": \"B\"}",
                "{\"email\": \"a@example.com\", \"password\": \"long enough 1\", \"firstName\": \"" + "x".repeat(101)
                        + "\", \"lastName\": \"B\"}",
                "{\"email\": \"a@example.com\", \"password\": \"" + "p".repeat(129) + "\", \"firstName\": \"A\", \"lastName\": \"B\"}",
                "{\"email\": \"a@example.com\", \"password\": \"long enough 1\", \"firstName\": \"A\\u0000\", \"lastName\": \"B\"}",
                "{\"email\": \"a@example.com\", \"password\": \"long enough 1\", \"firstName\": \"A\", \"lastName\": \"" + "x".repeat(10_000) + "\"}",
                "{\"email\": \"a@example.com\", \"password\": \"long enough 1\", \"firstName\": \"A\", \"lastName\": null}",
                "{\"email\": \"a@example.com\"",
                "[]");
        for (String body : bodies) {
            HttpResponse<String> answer = http.post("/internal/identity/users", UUID.randomUUID(), body);
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(answer.body()).doesNotContain("long enough 1", "Exception", "at dev.");
        }
        HttpResponse<String> invalid = http.post("/internal/identity/users", UUID.randomUUID(),
                "{\"email\": \"not an address\", \"password\": \"short\", \"firstName\": \"A\", \"lastName\": \"B\"}");
        assertThat(IdentityHttp.json(invalid.body()).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("email", "password");
        assertThat(http.post("/internal/identity/users", null,
                "{\"email\": \"a@example.com\", \"password\": \"long enough 1\", \"firstName\": \"A\", \"lastName\": \"B\"}")
                .statusCode()).as("no command id").isEqualTo(400);
        assertThat(http.post("/internal/identity/users/not-a-uuid/email-confirmation", UUID.randomUUID(),
                "{\"token\": \"abc\"}").statusCode()).isEqualTo(400);
        assertThat(http.post("/internal/identity/users/" + UUID.randomUUID() + "/email-confirmation",
                UUID.randomUUID(), "{\"token\": \"<script>\"}").statusCode()).isEqualTo(400);
        assertThat(http.post("/internal/identity/email-confirmation-requests", UUID.randomUUID(),
                "{\"email\": {\"$gt\": \"\"}}").statusCode()).isEqualTo(400);
        assertThat(count("select count(*) from commands")).isEqualTo(commands);
    }

    @Test
    @Order(7)
    void wrong_content_types_headers_and_nesting_are_refused_as_problems() {
        int commands = count("select count(*) from commands");
        String valid = "{\"email\": \"a@example.com\", \"password\": \"long enough 1\", \"firstName\": \"A\", \"lastName\": \"B\"}";
        HttpResponse<String> text = http.postRaw("/internal/identity/users", "text/plain", valid,
                "X-Command-Id", UUID.randomUUID().toString());
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(text.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(http.postRaw("/internal/identity/users", "application/json", valid, "X-Command-Id", "not-a-uuid")
                .statusCode()).isEqualTo(400);
        String deep = "{\"email\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        HttpResponse<String> nested = http.postRaw("/internal/identity/email-confirmation-requests", "application/json",
                deep, "X-Command-Id", UUID.randomUUID().toString());
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(nested.body()).doesNotContain("Exception", "at tools.");
        assertThat(http.postRaw("/internal/identity/users/" + UUID.randomUUID() + "/email-confirmation",
                "application/json", "{\"token\": \"" + "a".repeat(10_000) + "\"}").statusCode()).isEqualTo(400);
        assertThat(count("select count(*) from commands")).isEqualTo(commands);
    }

    @Test
    @Order(10)
    void no_command_is_taken_from_the_broker() {
        RabbitAdmin admin = new RabbitAdmin(rabbit);
        assertThat(admin.getQueueProperties(Topology.queue("identity-command", Topology.commands("identity"))))
                .as("identity-command consumes no command queue: its commands carry secrets").isNull();
    }
}
