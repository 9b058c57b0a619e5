package dev.eventualshop.projection.amqp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventualshop.eventstore.MessageCodec;
import dev.eventualshop.eventstore.MessageJson;
import dev.eventualshop.giftcard.internal.GiftCardMessages;
import dev.eventualshop.giftcard.query.BalanceProjection;
import dev.eventualshop.giftcard.query.IssuanceProjection;
import dev.eventualshop.messaging.consumer.ConsumerBinding;
import dev.eventualshop.projection.ProjectionRunner;
import dev.eventualshop.projection.UpdateListener;
import dev.eventualshop.projection.test.InMemoryProjectionStore;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectionBindingsTest {

    final MessageCodec codec = new MessageCodec(MessageJson.mapper(), GiftCardMessages.TYPES, List.of());
    final ProjectionRunner runner = new ProjectionRunner(new InMemoryProjectionStore(), UpdateListener.NONE,
            Clock.systemUTC());

    @Test
    void own_events_come_through_one_ordered_queue_bound_to_every_domain_event_of_the_context() {
        ConsumerBinding binding = new ProjectionBindings("giftcard-query", "giftcard",
                List.of(new BalanceProjection(), new IssuanceProjection()), runner, codec).domainEvents();

        assertThat(binding.queue()).isEqualTo("giftcard-query.giftcard.domain-events");
        assertThat(binding.exchange()).isEqualTo("giftcard.domain-events");
        assertThat(binding.routingKeys()).containsExactly("#");
        assertThat(binding.ordered()).isTrue();
    }

    @Test
    void integration_events_come_through_one_ordered_queue_per_source_bound_to_the_types_taken() {
        ConsumerBinding binding = new ProjectionBindings("audit-query", "audit",
                List.of(new BalanceProjection(), new IssuanceProjection()), runner, codec).integrationEvents("giftcard");

        assertThat(binding.queue()).isEqualTo("audit-query.giftcard.events");
        assertThat(binding.exchange()).isEqualTo("giftcard.events");
        assertThat(binding.routingKeys()).containsExactly("giftcard.v1.CardIssued");
        assertThat(binding.ordered()).isTrue();
    }

    @Test
    void all_lists_the_queues_the_projections_need() {
        assertThat(new ProjectionBindings("q", "giftcard", List.of(new BalanceProjection(), new IssuanceProjection()),
                runner, codec).all()).extracting(ConsumerBinding::queue)
                .containsExactly("q.giftcard.domain-events", "q.giftcard.events");
        assertThat(new ProjectionBindings("q", "audit", List.of(new IssuanceProjection()), runner, codec).all())
                .extracting(ConsumerBinding::queue).containsExactly("q.giftcard.events");
    }

    @Test
    void a_queue_nobody_needs_or_a_missing_service_name_is_refused() {
        ProjectionBindings onlyIntegration = new ProjectionBindings("q", "audit", List.of(new IssuanceProjection()),
                runner, codec);
        assertThatThrownBy(onlyIntegration::domainEvents).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> onlyIntegration.integrationEvents("payment")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new ProjectionBindings(null, "giftcard", List.of(new BalanceProjection()), runner, codec)
                .domainEvents()).hasMessageContaining("eventualshop.messaging.service");
    }
}
