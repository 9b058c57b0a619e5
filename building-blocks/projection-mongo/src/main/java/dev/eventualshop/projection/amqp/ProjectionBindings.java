package dev.eventualshop.projection.amqp;

import dev.eventualshop.contracts.MessageType;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.messaging.InboundMessage;
import dev.eventualshop.messaging.Topology;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.projection.Delivery;
import dev.eventualshop.projection.IntegrationSource;
import dev.eventualshop.projection.Projection;
import dev.eventualshop.projection.ProjectionRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The queues of a query service, from its projections:
 * <ul>
 *   <li>{@code <service>.<ctx>.domain-events}, bound with {@code #} to its own context's domain events, for the
 *       projections that follow a stream type (every event of the context arrives, in stream order);</li>
 *   <li>{@code <service>.<source>.events} per source context, bound with the type names the projections
 *       take from it.</li>
 * </ul>
 * All are ordered queues. A service declares the ones it needs as {@link ConsumerBinding} beans, e.g.
 * {@code @Bean ConsumerBinding ownEvents(ProjectionBindings p) { return p.domainEvents(); }}.
 */
public final class ProjectionBindings {

    private final String service;
    private final String context;
    private final List<Projection<?>> projections;
    private final ProjectionRunner runner;
    private final MessageCodec codec;

    /** {@code service} and {@code context} are checked when a binding is asked for. */
    public ProjectionBindings(String service, String context, List<? extends Projection<?>> projections,
                              ProjectionRunner runner, MessageCodec codec) {
        this.service = service;
        this.context = context;
        this.projections = List.copyOf(projections);
        this.runner = Objects.requireNonNull(runner, "runner");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** The queue of the context's own domain events, for every projection that follows a stream type. */
    public ConsumerBinding domainEvents() {
        List<Projection<?>> following = projections.stream().filter(p -> p.streamType() != null).toList();
        if (following.isEmpty()) {
            throw new IllegalStateException("no projection of " + service + " follows a stream of " + context);
        }
        String exchange = Topology.domainEvents(required(context, "context"));
        return ConsumerBinding.ordered(Topology.queue(required(service, "service"), exchange), exchange, List.of("#"), codec::deserialize,
                message -> runner.applyAll(following, delivery(Delivery.Kind.OWN, message)));
    }

    /** The queue of the integration events the projections take from {@code sourceContext}. */
    public ConsumerBinding integrationEvents(String sourceContext) {
        List<IntegrationSource> sources = projections.stream()
                .flatMap(p -> p.integrationEvents().stream())
                .filter(source -> source.context().equals(sourceContext)).toList();
        if (sources.isEmpty()) {
            throw new IllegalStateException("no projection of " + service + " takes events of " + sourceContext);
        }
        List<Projection<?>> takers = projections.stream()
                .filter(p -> p.integrationEvents().stream().anyMatch(s -> s.context().equals(sourceContext))).toList();
        String exchange = Topology.events(sourceContext);
        return ConsumerBinding.ordered(Topology.queue(required(service, "service"), exchange), exchange,
                typeNames(sources),
                codec::deserialize, message -> runner.applyAll(takers, delivery(Delivery.Kind.INTEGRATION, message)));
    }

    /** Every queue the projections need: own domain events if any follows a stream, one per source context. */
    public List<ConsumerBinding> all() {
        List<ConsumerBinding> bindings = new ArrayList<>();
        if (projections.stream().anyMatch(p -> p.streamType() != null)) {
            bindings.add(domainEvents());
        }
        projections.stream().flatMap(p -> p.integrationEvents().stream()).map(IntegrationSource::context)
                .distinct().sorted().forEach(source -> bindings.add(integrationEvents(source)));
        return bindings;
    }

    /** A consumed message as the projections see it. */
    public static Delivery delivery(Delivery.Kind kind, InboundMessage message) {
        return new Delivery(kind, message.messageId(), message.streamType(), message.streamId(), message.version(),
                message.payload(), message.type(), message.revision(), message.body());
    }

    /** Registered names of the types {@code sources} name, or of the registered subtypes of a sealed family. */
    private List<String> typeNames(List<IntegrationSource> sources) {
        TreeSet<String> names = new TreeSet<>();
        for (IntegrationSource source : sources) {
            List<String> matching = codec.types().all().stream()
                    .filter(type -> source.type().isAssignableFrom(type.javaType()))
                    .map(MessageType::name).toList();
            if (matching.isEmpty()) {
                throw new IllegalStateException(source.type().getName() + " is not a registered message type");
            }
            names.addAll(matching);
        }
        return List.copyOf(names);
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("eventualshop.messaging." + name + " must be set");
        }
        return value;
    }
}
