package dev.eventualshop.giftcard.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.eventstore.outbox.Outbox;
import dev.eventualshop.eventstore.outbox.OutboxEntry;
import dev.eventualshop.eventstore.outbox.RelayLease;
import dev.eventualshop.eventstore.outbox.StoredEvent;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.giftcard.commands.GiftCardCommand;
import dev.eventualshop.giftcard.internal.GiftCardEvent;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the relay reads from the store: unsent commands with their events, and the single-relay lease. */
abstract class OutboxContract extends PipelineContract {

    @Autowired
    Outbox outbox;
    @Autowired
    RelayLease lease;

    @Test
    void unsent_commands_come_in_position_order_with_their_events_until_marked_sent() {
        drain();
        UUID card = issue(100);
        CommandOutcome redeemed = send(new GiftCardCommand.Redeem(card, 10));
        CommandOutcome rejected = send(new GiftCardCommand.Redeem(card, 1_000));

        List<OutboxEntry> unsent = outbox.unsent(100);

        assertThat(unsent).extracting(OutboxEntry::commandType)
                .containsExactly("giftcard.Issue", "giftcard.Redeem", "giftcard.Redeem");
        assertThat(unsent.get(1).outcome()).isEqualTo(redeemed);
        assertThat(unsent.get(1).events()).extracting(StoredEvent::payload)
                .containsExactly(new GiftCardEvent.Redeemed(card, 10));
        assertThat(unsent.get(1).events().getFirst().version()).isEqualTo(2);
        assertThat(unsent.get(2).outcome()).isEqualTo(rejected);
        assertThat(unsent.get(2).events()).isEmpty();
        assertThat(unsent.get(0).position()).isLessThan(unsent.get(1).position());

        outbox.markSent(unsent, clock.instant());

        assertThat(outbox.unsent(100)).isEmpty();
        assertThat(outbox.unsentCount()).isZero();
    }

    @Test
    void a_multi_stream_command_brings_the_events_of_every_stream_it_wrote() {
        drain();
        UUID a = issue(100);
        UUID b = issue(100);
        outbox.markSent(outbox.unsent(10), clock.instant());

        send(new GiftCardCommand.RedeemAll(List.of(new GiftCardCommand.Redeem(a, 1), new GiftCardCommand.Redeem(b, 2))));

        assertThat(outbox.unsent(10)).singleElement().satisfies(entry -> assertThat(entry.events())
                .extracting(StoredEvent::payload)
                .containsExactlyInAnyOrder(new GiftCardEvent.Redeemed(a, 1), new GiftCardEvent.Redeemed(b, 2)));
    }

    @Test
    void one_relay_holds_the_lease_until_it_expires_or_is_released() throws InterruptedException {
        String name = "relay-" + UUID.randomUUID();
        assertThat(lease.tryAcquire(name, "replica-a", Duration.ofMinutes(1))).isTrue();
        assertThat(lease.tryAcquire(name, "replica-b", Duration.ofMinutes(1))).isFalse();
        assertThat(lease.tryAcquire(name, "replica-a", Duration.ofMinutes(1))).as("renewal").isTrue();

        lease.release(name, "replica-a");
        assertThat(lease.tryAcquire(name, "replica-b", Duration.ofMillis(50))).isTrue();
        Thread.sleep(200);
        assertThat(lease.tryAcquire(name, "replica-a", Duration.ofMinutes(1))).as("after expiry").isTrue();
        assertThat(lease.tryAcquire(name, "replica-b", Duration.ofMinutes(1))).isFalse();
    }

    private void drain() {
        List<OutboxEntry> unsent;
        while (!(unsent = outbox.unsent(500)).isEmpty()) {
            outbox.markSent(unsent, clock.instant());
        }
    }
}
