package dev.eventualshop.projection.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

class MongoPingHealthIndicatorTest {

    final MongoTemplate mongo = mock(MongoTemplate.class);
    final MongoDatabase database = mock(MongoDatabase.class);

    @Test
    void a_database_that_answers_ping_is_up() {
        when(mongo.executeCommand(any(Document.class))).thenReturn(new Document("ok", 1.0));
        when(mongo.getDb()).thenReturn(database);
        when(database.getName()).thenReturn("shop");

        Health health = new MongoPingHealthIndicator(mongo).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("database", "shop");
    }

    @Test
    void a_database_that_cannot_be_reached_is_down() {
        when(mongo.executeCommand(any(Document.class))).thenThrow(new DataAccessResourceFailureException("down",
                new MongoSocketOpenException("refused", new ServerAddress("127.0.0.1", 1))));

        assertThat(new MongoPingHealthIndicator(mongo).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void a_ping_answered_without_ok_is_down() {
        when(mongo.executeCommand(any(Document.class))).thenReturn(new Document("ok", 0.0));

        assertThat(new MongoPingHealthIndicator(mongo).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void it_sends_ping_not_hello() {
        when(mongo.executeCommand(any(Document.class))).thenAnswer(call -> {
            Bson command = call.getArgument(0);
            return command.toBsonDocument().containsKey("ping") ? new Document("ok", 1) : new Document("ok", 0);
        });
        when(mongo.getDb()).thenReturn(database);
        when(database.getName()).thenReturn("shop");

        assertThat(new MongoPingHealthIndicator(mongo).health().getStatus()).isEqualTo(Status.UP);
    }
}
