package dev.eventualshop.messaging.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.decider.Decider;
import dev.eventualshop.decider.Decision;
import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.eventstore.pipeline.Aggregate;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.messaging.InboundMessage;
import dev.eventualshop.messaging.OutcomeMessage;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * The command queue hands each command to the pipeline as the service's preparers completed it; the outcomes queue
 * hands a reaction the replies to its own commands.
 */
class CommandBindingsTest {

    record Order(String id, String price) {
        Order priced(String with) {
            return new Order(id, with);
        }
    }

    static final Decider<Order, String, String> DECIDER = new Decider<>() {
        @Override
        public String initialState() {
            return "";
        }

        @Override
        public Decision<String> decide(Order command, String state) {
            return Decision.accept();
        }

        @Override
        public String evolve(String state, String event) {
            return state;
        }
    };

    final CommandPipeline pipeline = mock(CommandPipeline.class);
    final MessageCodec codec = new MessageCodec(MessageJson.mapper(),
            MessageTypes.builder().register("test.Order", Order.class).build(), List.of());

    CommandBindingsTest() {
        List<Aggregate<?, ?, ?>> aggregates = List.of(Aggregate.builder("test.Order", Order.class, DECIDER)
                .streamId(Order::id).build());
        when(pipeline.aggregates()).thenReturn(aggregates);
    }

    @Test
    void a_command_reaches_the_pipeline_as_the_preparer_completed_it() throws Exception {
        CommandPreparer pricing = command -> command instanceof Order order ? order.priced("9.99") : command;
        ConsumerBinding binding = CommandBindings.commands("svc", "test", pipeline, codec, mock(RabbitTemplate.class),
                MessageJson.mapper(), 2, pricing);

        binding.handler().handle(inbound(new Order("o-1", "0.01")));

        assertThat(handled().command()).isEqualTo(new Order("o-1", "9.99"));
        assertThat(binding.routingKeys()).containsExactly("test.Order");
    }

    @Test
    void preparers_apply_in_order_and_without_one_the_command_is_handled_as_sent() throws Exception {
        CommandPreparer first = command -> ((Order) command).priced("1");
        CommandPreparer second = command -> ((Order) command).priced(((Order) command).price() + "2");
        assertThat(first.andThen(second).prepare(new Order("o", null))).isEqualTo(new Order("o", "12"));

        CommandBindings.commands("svc", "test", pipeline, codec, mock(RabbitTemplate.class), MessageJson.mapper(), 2)
                .handler().handle(inbound(new Order("o-2", "0.01")));

        assertThat(handled().command()).isEqualTo(new Order("o-2", "0.01"));
    }

    @Test
    void an_outcome_reaction_takes_the_replies_to_its_senders_commands_only() throws Exception {
        OutcomeReaction reply = new OutcomeReaction("test-reply", List.of("other.Reserve"), "system:test",
                outcome -> new Order(outcome.commandId().toString(), outcome.status()));
        ConsumerBinding binding = CommandBindings.outcomeReactions("svc", List.of(reply), pipeline,
                MessageJson.mapper());
        UUID reserve = UUID.randomUUID();
        OutcomeMessage refused = new OutcomeMessage(reserve, "other.Reserve", "system:test", "REJECTED",
                "OUT_OF_STOCK", "none left", null);

        binding.handler().handle(outcome(refused));
        binding.handler().handle(outcome(new OutcomeMessage(UUID.randomUUID(), "other.Reserve", "user-1",
                "SUCCEEDED", null, null, 1L)));
        binding.handler().handle(outcome(new OutcomeMessage(UUID.randomUUID(), "other.Release", "system:test",
                "SUCCEEDED", null, null, 1L)));

        assertThat(binding.queue()).isEqualTo("svc.commands.outcomes");
        assertThat(binding.routingKeys()).containsExactly("other.Reserve");
        assertThat(binding.ordered()).isTrue();
        assertThat(binding.decoder().decode(OutcomeMessage.TYPE, 1, MessageJson.mapper().writeValueAsString(refused)))
                .isEqualTo(refused);
        assertThat(handled().command()).isEqualTo(new Order(reserve.toString(), "REJECTED"));
    }

    private static InboundMessage outcome(OutcomeMessage outcome) {
        UUID id = UUID.randomUUID();
        return new InboundMessage(id, OutcomeMessage.TYPE, 1, id, outcome.commandId(), outcome.issuer(), null, null,
                null, 0, Map.of(), "{}", outcome);
    }

    private CommandEnvelope<?> handled() {
        ArgumentCaptor<CommandEnvelope<?>> envelope = ArgumentCaptor.captor();
        verify(pipeline).handle(envelope.capture());
        return envelope.getValue();
    }

    private static InboundMessage inbound(Object payload) {
        UUID id = UUID.randomUUID();
        return new InboundMessage(id, "test.Order", 1, id, null, "user-1", null, null, null, 0, Map.of(), "{}",
                payload);
    }
}
