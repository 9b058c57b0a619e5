package dev.eventualshop.gateway.events;

import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.gateway.GatewayProperties;
import dev.eventualshop.gateway.command.Outcomes;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.projection.ProjectionUpdate;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Feeds this replica's event streams through two queues of its own, auto-deleted when it stops: every command
 * outcome (from {@code commands.outcomes}) and every read-model update (from the fanout
 * {@code projections.updates}). Each replica must see all of them, since its users' streams are open here only.
 */
@Configuration(proxyBeanMethods = false)
class EventConfiguration {

    /** Names this replica's queues, e.g. {@code gateway-3f2a9c1e.projections.updates}. */
    private final String replica = "gateway-" + UUID.randomUUID().toString().substring(0, 8);

    @Bean
    EventStream eventStream(GatewayProperties properties) {
        return new EventStream(properties.heartbeat(), Duration.ofMinutes(30));
    }

    @Bean
    ConsumerBinding outcomeEvents(EventStream stream) {
        return ConsumerBinding.autoDelete(Topology.queue(replica, Topology.OUTCOMES), Topology.OUTCOMES, List.of("#"),
                Outcomes::read,
                message -> stream.outcome((OutcomeMessage) message.payload()));
    }

    @Bean
    ConsumerBinding projectionEvents(EventStream stream) {
        return ConsumerBinding.autoDelete(Topology.queue(replica, Topology.PROJECTION_UPDATES),
                Topology.PROJECTION_UPDATES, List.of("#"),
                (type, revision, json) -> MessageJson.mapper().readValue(json, ProjectionUpdate.class),
                message -> stream.projection((ProjectionUpdate) message.payload()));
    }
}
