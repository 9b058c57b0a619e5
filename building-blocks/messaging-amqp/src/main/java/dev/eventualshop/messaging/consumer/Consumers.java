package dev.eventualshop.messaging.consumer;

import dev.eventualshop.messaging.BrokerKind;
import dev.eventualshop.messaging.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Exchange;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.SmartLifecycle;

/**
 * Declares each binding's queue, dead-letter queue and bindings, and runs a listener container per queue with
 * the {@link ResilientListener} rules. Exchanges are declared here too (idempotently), so a consumer can start
 * before the publisher of its source.
 */
public class Consumers implements SmartLifecycle {

    private final ConnectionFactory connectionFactory;
    private final AmqpAdmin admin;
    private final ParkingLot parking;
    private final ConsumerSettings settings;
    private final Map<String, ResilientListener> listeners = new LinkedHashMap<>();
    private final List<SimpleMessageListenerContainer> containers = new ArrayList<>();
    private final List<ConsumerBinding> bindings;
    private volatile boolean running;

    public Consumers(ConnectionFactory connectionFactory, AmqpAdmin admin, ParkingLot parking,
                     ConsumerSettings settings, List<ConsumerBinding> bindings) {
        this.connectionFactory = connectionFactory;
        this.admin = admin;
        this.parking = parking;
        this.settings = settings;
        this.bindings = List.copyOf(bindings);
        RabbitTemplate deadLetters = new RabbitTemplate(connectionFactory);
        for (ConsumerBinding binding : bindings) {
            listeners.put(binding.queue(), new ResilientListener(binding.queue(), binding.decoder(), binding.handler(),
                    parking, deadLetters, binding.onParked(), settings));
        }
    }

    /** The listener of {@code queue}, for replaying its parked messages. */
    public Optional<ResilientListener> listener(String queue) {
        return Optional.ofNullable(listeners.get(queue));
    }

    public ParkingLot parking() {
        return parking;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        BrokerKind broker = BrokerKind.of(connectionFactory);
        for (ConsumerBinding binding : bindings) {
            declare(binding, broker);
            SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
            container.setQueueNames(binding.queue());
            container.setMessageListener(listeners.get(binding.queue()));
            container.setConcurrentConsumers(binding.concurrency());
            container.setPrefetchCount(binding.ordered() ? 1 : 50);
            container.setDefaultRequeueRejected(true);
            container.setMissingQueuesFatal(false);
            container.setRecoveryInterval(settings.outageBackoff().toMillis());
            container.afterPropertiesSet();
            container.start();
            containers.add(container);
        }
        running = true;
    }

    private void declare(ConsumerBinding binding, BrokerKind broker) {
        Exchange exchange = Topology.exchange(binding.exchange());
        admin.declareExchange(exchange);
        Map<String, Object> arguments = new HashMap<>();
        if (binding.ordered() && broker == BrokerKind.RABBITMQ) {
            arguments.put("x-single-active-consumer", true);
        }
        Queue queue = new Queue(binding.queue(), true, false, false, arguments);
        admin.declareQueue(queue);
        admin.declareQueue(new Queue(Topology.deadLetters(binding.queue()), true, false, false));
        for (String routingKey : binding.routingKeys()) {
            admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with(routingKey).noargs());
        }
    }

    @Override
    public synchronized void stop() {
        containers.forEach(SimpleMessageListenerContainer::stop);
        containers.clear();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
