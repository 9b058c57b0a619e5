package dev.eventualshop.projection.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.giftcard.internal.GiftCardMessages;
import dev.eventualshop.messaging.consumer.ParkingLot;
import dev.eventualshop.projection.ProjectionRunner;
import dev.eventualshop.projection.amqp.ProjectionBindings;
import dev.eventualshop.projection.mongo.MongoParkingLot;
import dev.eventualshop.projection.mongo.MongoPingHealthIndicator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.mongodb.health.MongoHealthIndicator;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which beans a query service gets; no MongoDB is contacted (the client connects lazily). */
class ProjectionAutoConfigurationTest {

    final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:1/test")
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
                    MongoHealthContributorAutoConfiguration.class, ProjectionAutoConfiguration.class));

    @Test
    void with_mongodb_a_query_service_gets_the_runner_the_parking_lot_and_the_ping_health_check() {
        contexts.withBean(MessageTypes.class, () -> GiftCardMessages.TYPES).run(context -> {
            assertThat(context).hasSingleBean(ProjectionRunner.class).hasSingleBean(ProjectionBindings.class)
                    .hasSingleBean(MessageCodec.class);
            assertThat(context.getBean(ParkingLot.class)).isInstanceOf(MongoParkingLot.class);
            assertThat(context.getBean("mongoHealthIndicator")).isInstanceOf(MongoPingHealthIndicator.class);
            assertThat(context).doesNotHaveBean(MongoHealthIndicator.class);
        });
    }

    @Test
    void the_health_check_can_be_switched_off_like_boots() {
        contexts.withPropertyValues("management.health.mongodb.enabled=false").run(context ->
                assertThat(context).doesNotHaveBean("mongoHealthIndicator").hasSingleBean(ProjectionRunner.class));
    }

    @Test
    void without_mongodb_nothing_is_configured() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ProjectionAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(ProjectionRunner.class)
                        .doesNotHaveBean(ParkingLot.class).doesNotHaveBean("mongoHealthIndicator"));
    }
}
