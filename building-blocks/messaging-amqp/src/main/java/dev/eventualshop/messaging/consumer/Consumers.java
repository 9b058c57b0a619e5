package dev.eventualshop.messaging.consumer;

import dev.eventualshop.messaging.BrokerKind;
import dev.eventualshop.messaging.Topology;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(Consumers.class);

    /**
     * Messages a consumer holds unacknowledged. Ordered queues keep order with more than one because a queue
     * has one consumer thread, a parked message's stream parks behind it, and an outage stops the consumer
     * (returning everything unacknowledged in order); one at a time would cap a queue near 300 messages/s.
     */
    private static final int PREFETCH = 50;

    private final ConnectionFactory connectionFactory;
    private final AmqpAdmin admin;
    private final ParkingLot parking;
    private final ConsumerSettings settings;
    private final Map<String, ResilientListener> listeners = new LinkedHashMap<>();
    private final Map<String, SimpleMessageListenerContainer> containers = new ConcurrentHashMap<>();
    private final Set<String> paused = ConcurrentHashMap.newKeySet();
    private final List<ConsumerBinding> bindings;
    private volatile boolean running;
    private boolean redeclaring;

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
                    parking, deadLetters, binding.onParked(), settings, () -> pause(binding.queue())));
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
        if (!redeclaring && bindings.stream().anyMatch(ConsumerBinding::autoDelete)) {
            redeclaring = true;
            // An auto-delete queue goes with its connection: declare it again on every new one.
            connectionFactory.addConnectionListener(connection -> redeclareAutoDelete(broker));
        }
        for (ConsumerBinding binding : bindings) {
            declare(binding, broker);
            SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
            container.setQueueNames(binding.queue());
            container.setMessageListener(listeners.get(binding.queue()));
            container.setConcurrentConsumers(binding.concurrency());
            container.setPrefetchCount(PREFETCH);
            container.setDefaultRequeueRejected(true);
            container.setMissingQueuesFatal(false);
            container.setRecoveryInterval(settings.outageBackoff().toMillis());
            container.afterPropertiesSet();
            container.start();
            containers.put(binding.queue(), container);
        }
        running = true;
    }

    private void redeclareAutoDelete(BrokerKind broker) {
        for (ConsumerBinding binding : bindings) {
            if (binding.autoDelete() && running) {
                try {
                    declare(binding, broker);
                } catch (RuntimeException e) {
                    log.warn("Declaring queue {} again failed: {}", binding.queue(), e.toString());
                }
            }
        }
    }

    private void declare(ConsumerBinding binding, BrokerKind broker) {
        Exchange exchange = Topology.exchange(binding.exchange());
        admin.declareExchange(exchange);
        Map<String, Object> arguments = new HashMap<>();
        if (binding.ordered() && broker == BrokerKind.RABBITMQ) {
            arguments.put("x-single-active-consumer", true);
        }
        Queue queue = new Queue(binding.queue(), !binding.autoDelete(), false, binding.autoDelete(), arguments);
        admin.declareQueue(queue);
        if (!binding.autoDelete()) {
            admin.declareQueue(new Queue(Topology.deadLetters(binding.queue()), true, false, false));
        }
        for (String routingKey : binding.routingKeys()) {
            admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with(routingKey).noargs());
        }
    }

    /**
     * Stops consuming {@code queue} (the broker takes its unacknowledged messages back, in order) and starts
     * again after the outage back-off. Called from the queue's own listener thread, so it stops from another.
     */
    private void pause(String queue) {
        SimpleMessageListenerContainer container = containers.get(queue);
        if (container == null || !paused.add(queue)) {
            return;
        }
        Thread.ofVirtual().name("pause-" + queue).start(() -> {
            container.stop();
            try {
                Thread.sleep(settings.outageBackoff().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            paused.remove(queue);
            if (running) {
                container.start();
            }
        });
    }

    @Override
    public synchronized void stop() {
        running = false;
        containers.values().forEach(SimpleMessageListenerContainer::stop);
        containers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
