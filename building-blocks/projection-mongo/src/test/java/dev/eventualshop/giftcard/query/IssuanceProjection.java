package dev.eventualshop.giftcard.query;

import dev.eventualshop.giftcard.v1.CardIssued;
import dev.eventualshop.projection.IntegrationSource;
import dev.eventualshop.projection.Projection;
import java.util.Set;

/**
 * The example projection over an integration event, as a context other than gift cards would keep it: one
 * {@link Issuance} per card, fed by {@code giftcard.v1.CardIssued}, applied only when newer than what the
 * document has seen of the card's stream.
 */
public final class IssuanceProjection implements Projection<Issuance> {

    public static final String VIEW = "giftcard.Issuance";
    public static final String AUDITORS = "role:auditor";

    @Override
    public String view() {
        return VIEW;
    }

    @Override
    public Class<Issuance> viewType() {
        return Issuance.class;
    }

    @Override
    public Set<IntegrationSource> integrationEvents() {
        return Set.of(new IntegrationSource("giftcard", CardIssued.class));
    }

    @Override
    public String idOf(Object integrationEvent) {
        return integrationEvent instanceof CardIssued issued ? issued.cardId().toString() : null;
    }

    @Override
    public Issuance evolve(Issuance issuance, Object event) {
        if (!(event instanceof CardIssued issued)) {
            return issuance;
        }
        return new Issuance(issued.cardId(), issued.amount(), issuance == null ? 1 : issuance.applied() + 1);
    }

    @Override
    public Set<String> owners(Issuance issuance) {
        return Set.of(AUDITORS);
    }
}
