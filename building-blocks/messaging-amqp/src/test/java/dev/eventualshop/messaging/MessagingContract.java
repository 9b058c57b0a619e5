package dev.eventualshop.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.eventstore.outbox.Outbox;
import dev.eventualshop.eventstore.outbox.OutboxEntry;
import dev.eventualshop.eventstore.outbox.RelayLease;
import dev.eventualshop.eventstore.pipeline.CommandLog;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.eventstore.pipeline.OutgoingCommand;
import dev.eventualshop.eventstore.testing.MutableClock;
import dev.eventualshop.giftcard.command.GiftCardConfiguration;
import dev.eventualshop.giftcard.commands.GiftCardCommand;
import dev.eventualshop.giftcard.internal.GiftCardEvent;
import dev.eventualshop.giftcard.v1.CardIssued;
import dev.eventualshop.messaging.command.CommandBindings;
import dev.eventualshop.messaging.command.Reaction;
import dev.eventualshop.messaging.config.MessagingAutoConfiguration.PublishingConnection;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.messaging.consumer.ParkedMessage;
import dev.eventualshop.messaging.consumer.ParkedMessages;
import dev.eventualshop.messaging.relay.IntegrationEventMapper;
import dev.eventualshop.messaging.relay.OutboundMessages;
import dev.eventualshop.messaging.relay.OutboxRelay;
import dev.eventualshop.messaging.relay.RelaySettings;
import dev.eventualshop.messaging.testing.FaultProxy;
import dev.eventualshop.messaging.testing.TestMessages;
import dev.eventualshop.receipts.SendReceipt;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay and the consumers against a broker, through a {@link FaultProxy} so a test can cut the link.
 * Each broker runs this contract in a subclass; the event store is embedded H2.
 */
@SpringBootTest(classes = {GiftCardConfiguration.class, MessagingContract.TestBeans.class}, properties = {
        "spring.flyway.locations=classpath:db/eventstore/{vendor}",
        "eventualshop.eventstore.deadlines.enabled=false",
        "eventualshop.messaging.context=giftcard",
        "eventualshop.messaging.service=giftcard-command",
        "eventualshop.messaging.relay.poll-interval=200ms",
        "eventualshop.messaging.relay.lease-ttl=3s",
        "eventualshop.messaging.relay.confirm-timeout=3s",
        "eventualshop.messaging.consumer.outage-backoff=500ms",
        "spring.rabbitmq.listener.simple.recovery-interval=500ms",
        "spring.main.banner-mode=off"})
abstract class MessagingContract {

    static final String CONTEXT = "giftcard";
    static final String EVENTS_QUEUE = "giftcard-query.giftcard.domain-events";
    static final String AUDIT_QUEUE = "giftcard-audit.giftcard.events";
    static final String OUTCOMES_QUEUE = "gateway-test.commands.outcomes";
    /** A gateway replica's own queue: auto-deleted, so declared again on every new connection. */
    static final String REPLICA_QUEUE = "gateway-replica-test.commands.outcomes";
    static final Duration WAIT = Duration.ofSeconds(60);

    @TestConfiguration(proxyBeanMethods = false)
    static class TestBeans {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
        }

        @Bean
        Recorder recorder() {
            return new Recorder();
        }

        @Bean
        Recorder audit() {
            return new Recorder();
        }

        @Bean
        ConcurrentMap<UUID, OutcomeMessage> outcomes() {
            return new ConcurrentHashMap<>();
        }

        @Bean
        ConsumerBinding domainEvents(Recorder recorder, MessageCodec codec) {
            return ConsumerBinding.ordered(EVENTS_QUEUE, Topology.domainEvents(CONTEXT), List.of("#"),
                    codec::deserialize, recorder::handle);
        }

        @Bean
        ConsumerBinding integrationAudit(Recorder audit, MessageCodec codec) {
            return ConsumerBinding.ordered(AUDIT_QUEUE, Topology.events(CONTEXT), List.of("#"), codec::deserialize,
                    audit::handle);
        }

        @Bean
        ConsumerBinding outcomeBinding(ConcurrentMap<UUID, OutcomeMessage> outcomes) {
            return TestMessages.outcomes(OUTCOMES_QUEUE, outcomes);
        }

        @Bean
        ConcurrentMap<UUID, OutcomeMessage> replicaOutcomes() {
            return new ConcurrentHashMap<>();
        }

        @Bean
        ConsumerBinding replicaOutcomeBinding(ConcurrentMap<UUID, OutcomeMessage> replicaOutcomes) {
            return ConsumerBinding.autoDelete(REPLICA_QUEUE, Topology.OUTCOMES, List.of("#"),
                    (type, revision, json) -> MessageJson.mapper().readValue(json, OutcomeMessage.class),
                    message -> {
                        OutcomeMessage outcome = (OutcomeMessage) message.payload();
                        replicaOutcomes.put(outcome.commandId(), outcome);
                    });
        }

        @Bean
        IntegrationEventMapper integrationEvents() {
            return event -> event instanceof GiftCardEvent.Issued issued
                    ? List.of(new CardIssued(issued.cardId(), issued.amount())) : List.of();
        }

        /** A big card pays a one-cent welcome fee: a reaction to the context's own integration event. */
        @Bean
        Reaction<CardIssued> welcomeFee() {
            return new Reaction<>("welcome-fee", CONTEXT, CardIssued.class,
                    issued -> issued.amount() >= 10_000 ? new GiftCardCommand.Redeem(issued.cardId(), 1) : null);
        }
    }

    @Autowired
    CommandPipeline pipeline;
    @Autowired
    OutboxRelay relay;
    @Autowired
    Outbox outbox;
    @Autowired
    RelayLease lease;
    @Autowired
    CommandLog commandLog;
    @Autowired
    MessageCodec codec;
    @Autowired
    PublishingConnection publishing;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    Recorder recorder;
    @Autowired
    Recorder audit;
    @Autowired
    ConcurrentMap<UUID, OutcomeMessage> outcomes;
    @Autowired
    ConcurrentMap<UUID, OutcomeMessage> replicaOutcomes;
    @Autowired
    ParkedMessages parked;
    @Autowired
    MutableClock clock;
    @Autowired
    DataSource dataSource;

    /** The proxy between the service and the broker. */
    abstract FaultProxy link();

    @AfterEach
    void healed() {
        link().restore();
        recorder.cure();
        relay.start();
    }

    @Test
    void events_committed_while_the_relay_is_stopped_are_published_after_it_starts() throws InterruptedException {
        relay.stop();
        UUID card = issue(100);
        redeem(card, 1);
        Thread.sleep(500);
        assertThat(recorder.deliveries(key(card))).isEmpty();
        assertThat(outbox.unsentCount()).isPositive();

        relay.start();

        await().atMost(WAIT).until(() -> recorder.applied(key(card)) == 2);
        await().atMost(WAIT).until(() -> outbox.unsentCount() == 0);
    }

    @Test
    void a_relay_killed_after_the_confirm_but_before_marking_sent_publishes_again_and_nothing_changes_downstream() {
        relay.stop();
        UUID card = issue(100);
        redeem(card, 1);
        redeem(card, 2);
        OutboxRelay crashing = relay(new Outbox(new JdbcTemplate(dataSource), codec, commandLog,
                new TransactionTemplate(new JdbcTransactionManager(dataSource))) {
            @Override
            public void markSent(List<OutboxEntry> entries, Instant at) {
                throw new IllegalStateException("killed before marking sent");
            }
        }, CONTEXT);

        assertThatThrownBy(crashing::publishOnce).hasMessageContaining("killed");
        await().atMost(WAIT).until(() -> recorder.deliveries(key(card)).size() == 3);
        assertThat(relay(outbox, CONTEXT).publishOnce()).isPositive();

        await().atMost(WAIT).until(() -> recorder.deliveries(key(card)).size() == 6);
        assertThat(recorder.deliveries(key(card))).extracting(InboundMessage::version).containsExactly(1L, 2L, 3L, 1L, 2L, 3L);
        assertThat(recorder.deliveries(key(card)).get(0).messageId())
                .as("a re-published event carries the same id").isEqualTo(recorder.deliveries(key(card)).get(3).messageId());
        assertThat(recorder.applied(key(card))).isEqualTo(3);
    }

    @Test
    void the_broker_link_cut_for_ten_seconds_amid_a_thousand_events_delivers_all_in_stream_order()
            throws Exception {
        List<UUID> cards = java.util.stream.IntStream.range(0, 20).mapToObj(i -> issue(1_000)).toList();
        Thread producer = Thread.ofPlatform().start(() -> {
            for (int round = 0; round < 49; round++) {
                for (UUID card : cards) {
                    redeem(card, 1);
                }
            }
        });
        await().atMost(WAIT).until(() -> cards.stream().mapToLong(card -> recorder.applied(key(card))).sum() >= 300);

        link().cut();
        Thread.sleep(10_000);
        link().restore();
        producer.join();

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(cards)
                .allSatisfy(card -> assertThat(recorder.applied(key(card))).isEqualTo(50)));
        for (UUID card : cards) {
            List<Long> firstSeen = recorder.deliveries(key(card)).stream().map(InboundMessage::version).distinct().toList();
            assertThat(firstSeen).as("first deliveries of %s in version order", card).isSorted();
        }
        assertThat(parked.list(EVENTS_QUEUE)).isEmpty();
        await().atMost(WAIT).until(() -> outbox.unsentCount() == 0);
    }

    @Test
    void an_unroutable_message_is_never_marked_sent() {
        relay.stop();
        issue(100);
        long unsent = outbox.unsentCount();

        OutboxRelay nobodyListens = relay(outbox, "orphan" + UUID.randomUUID().toString().substring(0, 8));

        assertThat(nobodyListens.publishOnce()).isZero();
        assertThat(outbox.unsentCount()).isEqualTo(unsent);
    }

    @Test
    void an_integration_event_nobody_subscribes_to_yet_does_not_hold_the_relay_back() {
        relay.stop();
        String context = "public" + UUID.randomUUID().toString().substring(0, 8);
        RabbitAdmin admin = new RabbitAdmin(connectionFactory);
        admin.declareExchange(Topology.exchange(Topology.domainEvents(context)));
        Queue own = admin.declareQueue();
        admin.declareBinding(new Binding(own.getName(), Binding.DestinationType.QUEUE,
                Topology.domainEvents(context), "#", null));
        issue(100);
        OutboxRelay withPublicEvents = new OutboxRelay(outbox, lease, new OutboundMessages(context, codec,
                event -> event instanceof GiftCardEvent.Issued issued
                        ? List.of(new CardIssued(issued.cardId(), issued.amount())) : List.of(), MessageJson.mapper()),
                publishing.template(), new RabbitAdmin(publishing.connectionFactory()),
                List.of(Topology.exchange(Topology.domainEvents(context)), Topology.exchange(Topology.events(context)),
                        Topology.exchange(Topology.OUTCOMES)),
                clock, new RelaySettings("test-relay-" + UUID.randomUUID(), "test", 500, Duration.ofMillis(200),
                        Duration.ofSeconds(5), Duration.ofSeconds(3)));

        assertThat(withPublicEvents.publishOnce()).as("the integration event went nowhere, and that is fine")
                .isPositive();
        assertThat(outbox.unsentCount()).isZero();
        assertThat(new RabbitTemplate(connectionFactory).receive(own.getName(), 5_000))
                .as("the domain event, which is mandatory, was routed").isNotNull();
    }

    @Test
    void a_command_sent_to_another_context_waits_in_the_outbox_until_that_context_consumes_it_then_goes_once() {
        relay.stop();
        UUID card = UUID.randomUUID();
        UUID sender = UUID.randomUUID();
        UUID receipt = UUID.randomUUID();
        pipeline.handle(CommandEnvelope.of(sender, "tester",
                        new GiftCardCommand.Issue(card, "CODE-" + card, 100, clock.instant().plusSeconds(86_400))),
                outcome -> List.of(new OutgoingCommand(receipt, new SendReceipt(card, "thanks"))));
        OutboxRelay relayOnce = relay(outbox, CONTEXT);

        relayOnce.publishOnce();
        assertThat(outbox.unsent(500)).as("nobody consumes receipts.commands yet: returned, so kept")
                .extracting(OutboxEntry::commandId).contains(sender);

        RabbitAdmin admin = new RabbitAdmin(connectionFactory);
        Queue receipts = new Queue("receipts-test-" + UUID.randomUUID(), false, false, false);
        admin.declareQueue(receipts);
        admin.declareBinding(new Binding(receipts.getName(), Binding.DestinationType.QUEUE, "receipts.commands",
                "receipts.SendReceipt", null));
        await().atMost(WAIT).until(() -> {
            relayOnce.publishOnce();
            return outbox.unsent(500).stream().noneMatch(entry -> entry.commandId().equals(sender));
        });

        Message sent = new RabbitTemplate(connectionFactory).receive(receipts.getName(), 5_000);
        assertThat(sent).isNotNull();
        assertThat(sent.getMessageProperties().getMessageId()).isEqualTo(receipt.toString());
        assertThat(sent.getMessageProperties().getType()).isEqualTo("receipts.SendReceipt");
        assertThat(sent.getMessageProperties().<String>getHeader(MessageHeaders.CAUSATION_ID))
                .isEqualTo(sender.toString());
        assertThat(sent.getMessageProperties().<String>getHeader(MessageHeaders.ISSUER)).isEqualTo("system:giftcard");
        assertThat(new String(sent.getBody(), StandardCharsets.UTF_8)).contains("thanks");
        assertThat(new RabbitTemplate(connectionFactory).receive(receipts.getName(), 500)).as("only once").isNull();
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from outbox_commands where sent_by = ?", Integer.class, sender))
                .as("deleted once confirmed").isZero();
        admin.deleteQueue(receipts.getName());
    }

    @Test
    void the_command_queue_is_bound_to_the_public_commands_only() {
        ConsumerBinding commands = CommandBindings.commands("giftcard-command", CONTEXT, pipeline, codec,
                publishing.template(), MessageJson.mapper(), 2);

        assertThat(commands.routingKeys()).as("giftcard.Expire is internal: only its deadline sends it")
                .containsExactly("giftcard.Issue", "giftcard.Redeem", "giftcard.RedeemAll");
    }

    @Test
    void a_message_for_a_missing_exchange_is_never_marked_sent() {
        relay.stop();
        String context = "ghost" + UUID.randomUUID().toString().substring(0, 8);
        issue(100);
        long unsent = outbox.unsentCount();
        RabbitAdmin admin = new RabbitAdmin(connectionFactory);
        OutboxRelay relayOfGhost = relay(outbox, context);
        admin.deleteExchange(Topology.domainEvents(context));

        assertThat(relayOfGhost.publishOnce()).isZero();
        assertThat(outbox.unsentCount()).isEqualTo(unsent);
    }

    @Test
    void a_poison_message_parks_its_stream_while_others_flow_and_a_replay_delivers_it_in_order() {
        UUID poisoned = issue(100);
        UUID healthy = issue(100);
        await().atMost(WAIT).until(() -> recorder.applied(key(poisoned)) == 1);
        recorder.poison(key(poisoned), 2);

        redeem(poisoned, 1);
        redeem(poisoned, 2);
        redeem(healthy, 5);

        await().atMost(WAIT).until(() -> recorder.applied(key(healthy)) == 2);
        await().atMost(WAIT).until(() -> parked.list(EVENTS_QUEUE).stream()
                .filter(p -> p.streamKey().equals(key(poisoned))).count() == 2);
        assertThat(recorder.applied(key(poisoned))).isEqualTo(1);
        assertThat(parked.list(EVENTS_QUEUE)).filteredOn(p -> p.streamKey().equals(key(poisoned)))
                .extracting(ParkedMessage::reason).first().asString().contains("poisoned");

        recorder.cure();
        ParkedMessages.ReplayResult result = parked.replay(EVENTS_QUEUE, key(poisoned));

        assertThat(result.replayed()).isEqualTo(2);
        assertThat(recorder.applied(key(poisoned))).isEqualTo(3);
        assertThat(parked.list(EVENTS_QUEUE)).noneMatch(p -> p.streamKey().equals(key(poisoned)));
    }

    @Test
    void an_auto_delete_queue_comes_back_after_the_link_is_cut_and_receives_again() {
        link().cut();
        link().restore();
        UUID card = UUID.randomUUID();
        UUID commandId = UUID.randomUUID();

        // Outcomes published before the queue is back are routed nowhere: try until one arrives.
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            UUID retry = UUID.randomUUID();
            pipeline.handle(new CommandEnvelope<>(retry, "user-1", retry, null, null,
                    new GiftCardCommand.Issue(UUID.randomUUID(), "CODE-" + retry, 100,
                            clock.instant().plusSeconds(3600))));
            await().atMost(Duration.ofSeconds(5)).until(() -> replicaOutcomes.containsKey(retry));
        });
        pipeline.handle(new CommandEnvelope<>(commandId, "user-1", commandId, null, null,
                new GiftCardCommand.Issue(card, "CODE-" + card, 100, clock.instant().plusSeconds(3600))));

        await().atMost(WAIT).until(() -> replicaOutcomes.containsKey(commandId));
        assertThat(replicaOutcomes.get(commandId).status()).isEqualTo("SUCCEEDED");
    }

    @Test
    void an_unreadable_message_goes_to_the_dead_letter_queue() {
        MessageProperties properties = new MessageProperties();
        UUID id = UUID.randomUUID();
        properties.setMessageId(id.toString());
        properties.setType("giftcard.Issued");
        properties.setCorrelationId(UUID.randomUUID().toString());
        new RabbitTemplate(connectionFactory).send(Topology.domainEvents(CONTEXT), "giftcard.Issued",
                new Message("{not json".getBytes(StandardCharsets.UTF_8), properties));

        Message dead = new RabbitTemplate(connectionFactory).receive(Topology.deadLetters(EVENTS_QUEUE), 30_000);

        assertThat(dead).isNotNull();
        assertThat(dead.getMessageProperties().getMessageId()).isEqualTo(id.toString());
    }

    @Test
    void messages_carry_ids_type_revision_stream_position_and_trace_context() {
        UUID card = UUID.randomUUID();
        UUID commandId = UUID.randomUUID();
        UUID correlation = UUID.randomUUID();
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        pipeline.handle(new CommandEnvelope<>(commandId, "user-1", correlation, null, traceparent,
                new GiftCardCommand.Issue(card, "CODE-" + card, 100, clock.instant().plusSeconds(3600))));

        await().atMost(WAIT).until(() -> recorder.applied(key(card)) == 1);
        InboundMessage issued = recorder.deliveries(key(card)).getFirst();

        assertThat(issued.type()).isEqualTo("giftcard.Issued");
        assertThat(issued.revision()).isEqualTo(2);
        assertThat(issued.correlationId()).isEqualTo(correlation);
        assertThat(issued.causationId()).isEqualTo(commandId);
        assertThat(issued.issuer()).isEqualTo("user-1");
        assertThat(issued.traceparent()).isEqualTo(traceparent);
        assertThat(issued.streamType()).isEqualTo(GiftCardConfiguration.STREAM_TYPE);
        assertThat(issued.streamId()).isEqualTo(card.toString());
        assertThat(issued.version()).isEqualTo(1);
        await().atMost(WAIT).until(() -> outcomes.containsKey(commandId));
        assertThat(outcomes.get(commandId)).isEqualTo(new OutcomeMessage(commandId, "giftcard.Issue", "user-1",
                "SUCCEEDED", null, null, 1L));
    }

    @Test
    void a_command_sent_through_the_broker_runs_once_however_often_it_is_delivered() {
        UUID card = UUID.randomUUID();
        UUID commandId = UUID.randomUUID();
        Message command = TestMessages.command(codec, commandId, new GiftCardCommand.Issue(card, "CODE-" + card, 100,
                clock.instant().plusSeconds(3600)), "user-2");
        RabbitTemplate sender = new RabbitTemplate(connectionFactory);

        sender.send(Topology.commands(CONTEXT), "giftcard.Issue", command);
        sender.send(Topology.commands(CONTEXT), "giftcard.Issue", command);

        await().atMost(WAIT).until(() -> outcomes.containsKey(commandId));
        assertThat(outcomes.get(commandId).status()).isEqualTo("SUCCEEDED");
        await().atMost(WAIT).until(() -> recorder.applied(key(card)) == 1);
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from events where stream_id = ?", Long.class, card.toString())).isEqualTo(1);
    }

    @Test
    void a_reaction_turns_another_contexts_event_into_a_command_once_even_when_the_event_is_redelivered()
            throws InterruptedException {
        UUID card = issue(10_000);
        await().atMost(WAIT).until(() -> recorder.applied(key(card)) == 2);
        assertThat(recorder.deliveries(key(card)).get(1).payload()).isEqualTo(new GiftCardEvent.Redeemed(card, 1));
        await().atMost(WAIT).until(() -> !audit.deliveries(key(card)).isEmpty());
        InboundMessage integration = audit.deliveries(key(card)).getFirst();
        assertThat(integration.payload()).isEqualTo(new CardIssued(card, 10_000));

        republish(integration, Topology.events(CONTEXT));

        await().atMost(WAIT).until(() -> audit.deliveries(key(card)).size() == 2);
        Thread.sleep(1_000);
        assertThat(new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from events where stream_id = ?", Long.class, card.toString())).isEqualTo(2);
    }

    @Test
    void a_command_that_keeps_failing_is_parked_and_its_sender_gets_a_failed_outcome() {
        UUID commandId = UUID.randomUUID();
        String commandsQueue = Topology.queue("giftcard-command", Topology.commands(CONTEXT));

        new RabbitTemplate(connectionFactory).send(Topology.commands(CONTEXT), "giftcard.RedeemAll",
                TestMessages.command(codec, commandId, new GiftCardCommand.RedeemAll(List.of()), "user-2"));

        await().atMost(WAIT).until(() -> outcomes.containsKey(commandId));
        assertThat(outcomes.get(commandId).status()).isEqualTo("FAILED");
        assertThat(outcomes.get(commandId).reason()).isEqualTo("PARKED");
        assertThat(outcomes.get(commandId).message()).contains("targets no stream");
        assertThat(outcomes.get(commandId).issuer()).isEqualTo("user-2");
        assertThat(parked.list(commandsQueue)).extracting(ParkedMessage::messageId).contains(commandId.toString());
    }

    @Test
    void an_unreadable_command_is_dead_lettered_and_its_sender_gets_a_failed_outcome() {
        UUID commandId = UUID.randomUUID();
        String commandsQueue = Topology.queue("giftcard-command", Topology.commands(CONTEXT));
        Message garbled = TestMessages.command(codec, commandId,
                new GiftCardCommand.Redeem(UUID.randomUUID(), 1), "user-4");
        Message unreadable = new Message("{\"cardId\": ".getBytes(StandardCharsets.UTF_8),
                garbled.getMessageProperties());

        new RabbitTemplate(connectionFactory).send(Topology.commands(CONTEXT), "giftcard.Redeem", unreadable);

        await().atMost(WAIT).until(() -> outcomes.containsKey(commandId));
        assertThat(outcomes.get(commandId).status()).isEqualTo("FAILED");
        assertThat(outcomes.get(commandId).reason()).isEqualTo("UNREADABLE");
        assertThat(outcomes.get(commandId).issuer()).isEqualTo("user-4");
        assertThat(new RabbitTemplate(connectionFactory).receive(Topology.deadLetters(commandsQueue), 5_000))
                .as("the command itself waits in the dead-letter queue").isNotNull();
    }

    UUID issue(long amount) {
        UUID card = UUID.randomUUID();
        CommandOutcome outcome = pipeline.handle(CommandEnvelope.of(UUID.randomUUID(), "tester",
                new GiftCardCommand.Issue(card, "CODE-" + card, amount, clock.instant().plusSeconds(86_400))));
        assertThat(outcome.status()).isEqualTo(CommandOutcome.Status.SUCCEEDED);
        return card;
    }

    void redeem(UUID card, long amount) {
        pipeline.handle(CommandEnvelope.of(UUID.randomUUID(), "tester", new GiftCardCommand.Redeem(card, amount)));
    }

    static String key(UUID card) {
        return GiftCardConfiguration.STREAM_TYPE + "/" + card;
    }

    OutboxRelay relay(Outbox source, String context) {
        return new OutboxRelay(source, lease, new OutboundMessages(context, codec, event -> List.of(), MessageJson.mapper()),
                publishing.template(), new RabbitAdmin(publishing.connectionFactory()),
                List.of(Topology.exchange(Topology.domainEvents(context)), Topology.exchange(Topology.OUTCOMES)),
                clock, new RelaySettings("test-relay-" + UUID.randomUUID(), "test", 500, Duration.ofMillis(200),
                        Duration.ofSeconds(5), Duration.ofSeconds(3)));
    }

    void republish(InboundMessage message, String exchange) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(message.messageId().toString());
        properties.setType(message.type());
        properties.setCorrelationId(message.correlationId().toString());
        message.headers().forEach(properties::setHeader);
        new RabbitTemplate(connectionFactory).send(exchange, message.type(),
                new Message(message.body().getBytes(StandardCharsets.UTF_8), properties));
    }
}
