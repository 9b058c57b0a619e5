package dev.eventualshop.giftcard.query;

import static dev.eventualshop.projection.ProjectionRunner.Outcome.APPLIED;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.DUPLICATE;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.IGNORED;

import dev.eventualshop.giftcard.command.GiftCardConfiguration;
import dev.eventualshop.giftcard.internal.GiftCardEvent;
import dev.eventualshop.giftcard.v1.CardIssued;
import dev.eventualshop.projection.Delivery;
import dev.eventualshop.projection.test.ProjectionSpec;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IssuanceProjectionTest {

    static final UUID CARD = UUID.fromString("7e0b8c2a-1d3f-4a5b-9c6d-2e4f6a8b0c1d");
    static final String STREAM = GiftCardConfiguration.STREAM_TYPE;

    final ProjectionSpec<Issuance> issuances = ProjectionSpec.of(new IssuanceProjection());

    Delivery issued(long sourceVersion, long amount) {
        return issuances.from(STREAM, CARD.toString(), sourceVersion, new CardIssued(CARD, amount));
    }

    @Test
    void an_issued_card_is_recorded_for_auditors() {
        issuances.given().when(issued(1, 100))
                .thenOutcomes(APPLIED).then(new Issuance(CARD, 100, 1)).thenOwners(IssuanceProjection.AUDITORS)
                .thenVersion(0).thenAnnounced(0L);
    }

    @Test
    void the_same_message_delivered_twice_is_applied_once() {
        Delivery once = issued(1, 100);
        issuances.given().when(once, once).thenOutcomes(APPLIED, DUPLICATE).then(new Issuance(CARD, 100, 1));
    }

    @Test
    void an_older_event_after_a_newer_one_never_takes_the_document_back() {
        issuances.given(issued(1, 100)).when(issued(3, 300), issued(2, 200))
                .thenOutcomes(APPLIED, DUPLICATE).then(new Issuance(CARD, 300, 2));
    }

    @Test
    void two_messages_mapped_from_one_source_event_both_apply() {
        Delivery first = issued(1, 100);
        Delivery second = issuances.from(STREAM, CARD.toString(), 1, new CardIssued(CARD, 5));
        issuances.given(first).when(second, first, second)
                .thenOutcomes(APPLIED, DUPLICATE, DUPLICATE).then(new Issuance(CARD, 5, 2));
    }

    @Test
    void domain_events_of_the_card_are_not_this_projections() {
        issuances.given(issued(1, 100))
                .when(Delivery.own(UUID.randomUUID(), STREAM, CARD.toString(), 2, new GiftCardEvent.Redeemed(CARD, 1)))
                .thenOutcomes(IGNORED).then(new Issuance(CARD, 100, 1));
    }
}
