package dev.eventualshop.giftcard.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.eventstore.CommandEnvelope;
import dev.eventualshop.eventstore.outbox.Outbox;
import dev.eventualshop.eventstore.outbox.OutboxEntry;
import dev.eventualshop.eventstore.outbox.RelayLease;
import dev.eventualshop.eventstore.outbox.StoredCommand;
import dev.eventualshop.eventstore.outbox.StoredEvent;
import dev.eventualshop.eventstore.pipeline.CommandOutcome;
import dev.eventualshop.eventstore.pipeline.OutgoingCommand;
import dev.eventualshop.giftcard.commands.GiftCardCommand;
import dev.eventualshop.giftcard.internal.GiftCardEvent;
import dev.eventualshop.receipts.SendReceipt;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the relay reads from the store: unsent commands with their events and the commands they send, and the
 * single-relay lease.
 */
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
    void a_command_stores_what_it_sends_with_its_outbox_entry_and_a_repeat_sends_nothing_more() {
        drain();
        UUID card = UUID.randomUUID();
        UUID receipt = UUID.randomUUID();
        CommandEnvelope<GiftCardCommand> issue = CommandEnvelope.of(UUID.randomUUID(), "tester",
                new GiftCardCommand.Issue(card, "CODE-" + card, 100, clock.instant().plus(Duration.ofDays(1))));

        pipeline.handle(issue, outcome -> List.of(new OutgoingCommand(receipt,
                new SendReceipt(card, outcome.status().name()))));
        pipeline.handle(issue, outcome -> List.of(new OutgoingCommand(UUID.randomUUID(),
                new SendReceipt(card, "the repeat"))));

        List<OutboxEntry> unsent = outbox.unsent(10);
        assertThat(unsent).singleElement().satisfies(entry -> assertThat(entry.sends()).singleElement()
                .satisfies(send -> {
                    assertThat(send.commandId()).isEqualTo(receipt);
                    assertThat(send.type()).isEqualTo("receipts.SendReceipt");
                    assertThat(send.context()).isEqualTo("receipts");
                    assertThat(send.json()).contains("SUCCEEDED").doesNotContain("the repeat");
                }));
        assertThat(sendsStoredBy(issue.commandId())).isEqualTo(1);

        outbox.markSent(unsent, clock.instant());

        assertThat(sendsStoredBy(issue.commandId())).as("deleted once published").isZero();
    }

    @Test
    void a_rejection_sends_what_its_outcome_asks_for_and_a_claim_refusal_may_send_nothing() {
        drain();
        UUID unknown = UUID.randomUUID();
        UUID taken = issue(100);
        outbox.markSent(outbox.unsent(10), clock.instant());
        CommandEnvelope<GiftCardCommand> redeem = CommandEnvelope.of(UUID.randomUUID(), "tester",
                new GiftCardCommand.Redeem(unknown, 5));
        CommandEnvelope<GiftCardCommand> clash = CommandEnvelope.of(UUID.randomUUID(), "tester",
                new GiftCardCommand.Issue(UUID.randomUUID(), "CODE-" + taken, 1, clock.instant().plusSeconds(60)));

        pipeline.handle(redeem, outcome -> List.of(new OutgoingCommand(UUID.randomUUID(),
                new SendReceipt(unknown, outcome.reason()))));
        pipeline.handle(clash, outcome -> outcome.status() == CommandOutcome.Status.REJECTED
                ? List.of() : List.of(new OutgoingCommand(UUID.randomUUID(), new SendReceipt(unknown, "issued"))));

        List<OutboxEntry> unsent = outbox.unsent(10);
        assertThat(unsent).hasSize(2);
        assertThat(unsent.get(0).sends()).singleElement()
                .satisfies(send -> assertThat(send.json()).contains("NOT_FOUND"));
        assertThat(unsent.get(1).outcome().reason()).isEqualTo("CODE_TAKEN");
        assertThat(unsent.get(1).sends()).isEmpty();
        assertThat(sendsStoredBy(clash.commandId())).isZero();
    }

    @Test
    void an_event_sends_what_its_aggregate_maps_it_to_given_the_state_it_leaves_after_the_callers_sends() {
        drain();
        UUID card = issue(100);
        outbox.markSent(outbox.unsent(10), clock.instant());
        UUID callers = UUID.randomUUID();

        pipeline.handle(CommandEnvelope.of(UUID.randomUUID(), "tester", new GiftCardCommand.Expire(card)),
                outcome -> List.of(new OutgoingCommand(callers, new SendReceipt(card, "from the caller"))));

        assertThat(outbox.unsent(10)).singleElement().satisfies(entry -> {
            assertThat(entry.sends()).extracting(StoredCommand::commandId)
                    .containsExactly(callers, GiftCardConfiguration.expiryReceiptOf(card));
            assertThat(entry.sends().get(1).json()).contains("expired CODE-" + card);
        });
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

    private int sendsStoredBy(UUID commandId) {
        return jdbc.queryForObject("select count(*) from outbox_commands where sent_by = ?", Integer.class, commandId);
    }

    private void drain() {
        List<OutboxEntry> unsent;
        while (!(unsent = outbox.unsent(500)).isEmpty()) {
            outbox.markSent(unsent, clock.instant());
        }
    }
}
