package dev.eventualshop.gateway.command;

import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.gateway.GatewayProperties;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.messaging.consumer.ParkingLot;
import dev.eventualshop.projection.mongo.MongoParkingLot;
import dev.eventualshop.projection.mongo.MongoPingHealthIndicator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The command side of the gateway: publisher, status store, and the durable queue
 * {@code gateway.commands.outcomes} through which outcomes update the status (consumed by one replica at a
 * time; messages it cannot apply park in the gateway's MongoDB).
 */
@Configuration(proxyBeanMethods = false)
class CommandConfiguration {

    static final String SERVICE = "gateway";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    CommandPublisher commandPublisher(ConnectionFactory connectionFactory, GatewayProperties properties) {
        return new CommandPublisher(connectionFactory, MessageJson.mapper(), properties.confirmTimeout(),
                properties.publisherChannels());
    }

    @Bean
    CommandStatuses commandStatuses(MongoTemplate mongo, Clock clock) {
        return new CommandStatuses(mongo, clock);
    }

    @Bean
    CommandGateway commandGateway(CommandPublisher publisher, CommandStatuses statuses, Clock clock) {
        return new CommandGateway(publisher, statuses, clock, new SecureRandom());
    }

    @Bean
    ParkingLot parkingLot(MongoTemplate mongo, Clock clock) {
        return new MongoParkingLot(mongo, clock);
    }

    /** MongoDB health by {@code ping}: Boot's indicator sends {@code hello}, which the local stand-in lacks. */
    @Bean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    ConsumerBinding commandOutcomes(CommandStatuses statuses) {
        return ConsumerBinding.ordered(Topology.queue(SERVICE, Topology.OUTCOMES), Topology.OUTCOMES, List.of("#"),
                Outcomes::read, message -> statuses.outcome((OutcomeMessage) message.payload()));
    }
}
