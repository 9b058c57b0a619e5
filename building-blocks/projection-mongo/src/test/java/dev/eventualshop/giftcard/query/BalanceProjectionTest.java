package dev.eventualshop.giftcard.query;

import static dev.eventualshop.projection.ProjectionRunner.Outcome.APPLIED;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.DUPLICATE;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.IGNORED;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.WAITING;

import dev.eventualshop.giftcard.internal.GiftCardEvent;
import dev.eventualshop.projection.Delivery;
import dev.eventualshop.projection.test.ProjectionSpec;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BalanceProjectionTest {

    static final UUID CARD = UUID.fromString("0d7c1b52-5a3e-4d7b-8f0e-3a1c9b2d4e5f");
    static final GiftCardEvent.Issued ISSUED =
            new GiftCardEvent.Issued(CARD, "CODE-1", 100, Instant.parse("2027-01-01T00:00:00Z"));
    static final GiftCardEvent.Redeemed REDEEMED_30 = new GiftCardEvent.Redeemed(CARD, 30);
    static final GiftCardEvent.Redeemed REDEEMED_20 = new GiftCardEvent.Redeemed(CARD, 20);
    static final GiftCardEvent.Expired EXPIRED = new GiftCardEvent.Expired(CARD, "CODE-1");

    final ProjectionSpec<Balance> balances = ProjectionSpec.of(new BalanceProjection()).onStream(CARD.toString());

    static Balance balance(long amount, Balance.Status status) {
        return new Balance(CARD, "CODE-1", amount, status);
    }

    @Test
    void issuing_a_card_opens_its_balance_for_cashiers_at_version_one() {
        balances.given().when(ISSUED)
                .then(balance(100, Balance.Status.ACTIVE)).thenVersion(1)
                .thenOwners(BalanceProjection.CASHIERS).thenAnnounced(1L);
    }

    @Test
    void redeeming_lowers_the_balance() {
        balances.given(ISSUED).when(REDEEMED_30).then(balance(70, Balance.Status.ACTIVE)).thenVersion(2);
    }

    @Test
    void an_expired_card_keeps_its_balance_and_shows_expired() {
        balances.given(ISSUED, REDEEMED_30).when(EXPIRED).then(balance(70, Balance.Status.EXPIRED)).thenVersion(3);
    }

    @Test
    void a_redelivered_event_changes_nothing_and_the_document_is_announced_again() {
        balances.given(ISSUED, REDEEMED_30).when(balances.at(2, REDEEMED_30), balances.at(1, ISSUED))
                .thenOutcomes(DUPLICATE, DUPLICATE)
                .then(balance(70, Balance.Status.ACTIVE)).thenVersion(2)
                .thenAnnounced(2L, 2L);
    }

    @Test
    void an_event_that_arrives_before_its_predecessor_waits_and_changes_nothing_yet() {
        balances.given(ISSUED).when(balances.at(3, REDEEMED_20))
                .thenOutcomes(WAITING)
                .then(balance(100, Balance.Status.ACTIVE)).thenVersion(1)
                .thenWaiting(3L).thenAnnounced();
    }

    @Test
    void when_the_missing_event_arrives_it_applies_and_then_the_waiting_one() {
        balances.given(ISSUED).when(balances.at(3, REDEEMED_20), balances.at(2, REDEEMED_30))
                .thenOutcomes(WAITING, APPLIED)
                .then(balance(50, Balance.Status.ACTIVE)).thenVersion(3)
                .thenWaiting().thenAnnounced(2L, 3L);
    }

    @Test
    void a_stream_delivered_backwards_ends_at_its_latest_version_with_each_event_applied_once() {
        balances.given().when(balances.at(4, EXPIRED), balances.at(3, REDEEMED_20), balances.at(2, REDEEMED_30),
                        balances.at(1, ISSUED))
                .thenOutcomes(WAITING, WAITING, WAITING, APPLIED)
                .then(balance(50, Balance.Status.EXPIRED)).thenVersion(4)
                .thenWaiting().thenAnnounced(1L, 2L, 3L, 4L);
    }

    @Test
    void a_waiting_event_delivered_twice_still_applies_once() {
        balances.given(ISSUED).when(balances.at(3, REDEEMED_20), balances.at(3, REDEEMED_20),
                        balances.at(2, REDEEMED_30), balances.at(3, REDEEMED_20))
                .thenOutcomes(WAITING, WAITING, APPLIED, DUPLICATE)
                .then(balance(50, Balance.Status.ACTIVE)).thenVersion(3);
    }

    @Test
    void events_of_other_streams_types_are_not_this_projections() {
        balances.given(ISSUED)
                .when(Delivery.own(UUID.randomUUID(), "giftcard.Batch", CARD.toString(), 2, REDEEMED_30))
                .thenOutcomes(IGNORED)
                .then(balance(100, Balance.Status.ACTIVE)).thenVersion(1);
    }
}
