package dev.eventualshop.projection.config;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.eventstore.Upcaster;
import dev.eventualshop.messaging.config.MessagingProperties;
import dev.eventualshop.messaging.consumer.ParkingLot;
import dev.eventualshop.projection.Projection;
import dev.eventualshop.projection.ProjectionRunner;
import dev.eventualshop.projection.ProjectionStore;
import dev.eventualshop.projection.UpdateListener;
import dev.eventualshop.projection.amqp.AmqpUpdatePublisher;
import dev.eventualshop.projection.amqp.ProjectionBindings;
import dev.eventualshop.projection.mongo.MongoParkingLot;
import dev.eventualshop.projection.mongo.MongoPingHealthIndicator;
import dev.eventualshop.projection.mongo.MongoProjectionStore;
import dev.eventualshop.projection.mongo.ViewCodec;
import java.time.Clock;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Wires a query service's projections when MongoDB is configured: the {@link ProjectionRunner} over MongoDB,
 * update notifications to {@code projections.updates}, {@link ProjectionBindings} for the service's queues,
 * the {@link MongoParkingLot} (so messaging's consumers start, parking in MongoDB) and a MongoDB health check
 * by {@code ping}.
 *
 * <p>Ordered before messaging's auto-configuration, so its JDBC parking lot backs off, and before Boot's
 * MongoDB health contributor, which backs off for a bean named {@code mongoHealthIndicator}. A service that
 * must not use MongoDB excludes Boot's MongoDB auto-configuration, and this one backs off with it.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
        "dev.eventualshop.eventstore.config.EventStoreAutoConfiguration"}, beforeName = {
        "dev.eventualshop.messaging.config.MessagingAutoConfiguration",
        "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration"})
@ConditionalOnClass(MongoTemplate.class)
@ConditionalOnBean(MongoTemplate.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class ProjectionAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** A query service has no event store, which otherwise provides the codec of its message types. */
    @Bean
    @ConditionalOnMissingBean(MessageCodec.class)
    @ConditionalOnBean(MessageTypes.class)
    MessageCodec projectionMessageCodec(MessageTypes types, ObjectProvider<Upcaster> upcasters) {
        return new MessageCodec(MessageJson.mapper(), types, upcasters.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean(ProjectionStore.class)
    MongoProjectionStore projectionStore(MongoTemplate mongo, ObjectProvider<MessageCodec> codec, Clock clock) {
        return new MongoProjectionStore(mongo, new ViewCodec(MessageJson.mapper()),
                (type, revision, json) -> codec.getObject().deserialize(type, revision, json), clock);
    }

    @Bean
    @ConditionalOnMissingBean(UpdateListener.class)
    @ConditionalOnBean(ConnectionFactory.class)
    AmqpUpdatePublisher projectionUpdatePublisher(ConnectionFactory connectionFactory) {
        return new AmqpUpdatePublisher(new RabbitTemplate(connectionFactory), new RabbitAdmin(connectionFactory),
                MessageJson.mapper());
    }

    @Bean
    @ConditionalOnMissingBean
    ProjectionRunner projectionRunner(ProjectionStore store, ObjectProvider<UpdateListener> listener, Clock clock) {
        return new ProjectionRunner(store, listener.getIfAvailable(() -> UpdateListener.NONE), clock);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(MessageTypes.class)
    ProjectionBindings projectionBindings(MessagingProperties properties, ObjectProvider<Projection<?>> projections,
                                          ProjectionRunner runner, ObjectProvider<MessageCodec> codec) {
        return new ProjectionBindings(properties.service(), properties.context(),
                projections.orderedStream().toList(), runner, codec.getObject());
    }

    @Bean
    @ConditionalOnMissingBean(ParkingLot.class)
    MongoParkingLot mongoParkingLot(MongoTemplate mongo, Clock clock) {
        return new MongoParkingLot(mongo, clock);
    }

    /** Replaces Boot's MongoDB indicator, whose {@code hello} command the embedded stand-in does not know. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnEnabledHealthIndicator("mongodb")
    static class Health {

        @Bean(name = "mongoHealthIndicator")
        @ConditionalOnMissingBean(name = {"mongoHealthIndicator", "mongoHealthContributor"})
        MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
            return new MongoPingHealthIndicator(mongo);
        }
    }
}
