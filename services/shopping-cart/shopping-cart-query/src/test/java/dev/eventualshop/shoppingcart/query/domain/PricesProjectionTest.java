package dev.eventualshop.shoppingcart.query.domain;

import static dev.eventualshop.projection.ProjectionRunner.Outcome.APPLIED;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.DUPLICATE;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.IGNORED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.catalog.CatalogMessages;
import dev.eventualshop.catalog.v1.CatalogIntegrationEvent;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.projection.Delivery;
import dev.eventualshop.projection.SourcePosition;
import dev.eventualshop.projection.test.ProjectionSpec;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PricesProjectionTest {

    static final UUID MUG = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

    final ProjectionSpec<PriceView> prices = ProjectionSpec.of(new PricesProjection());

    final CatalogIntegrationEvent.ItemListed listed = new CatalogIntegrationEvent.ItemListed(MUG, "MUG-1", "Mug",
            "A mug", Money.of("12.50", "EUR"), "https://img.example/mug.png", false);

    Delivery item(long version, CatalogIntegrationEvent event) {
        return prices.from(CatalogMessages.ITEM_STREAM, MUG.toString(), version, event);
    }

    static CatalogIntegrationEvent.ItemPriceChanged price(String amount) {
        return new CatalogIntegrationEvent.ItemPriceChanged(MUG, Money.of(amount, "EUR"));
    }

    static PriceView at(String amount) {
        return new PriceView(MUG, Money.of(amount, "EUR"));
    }

    @Test
    void a_listed_item_has_its_price_and_nobody_owns_it() {
        prices.given().when(item(1, listed)).thenOutcomes(APPLIED).then(at("12.50")).thenOwners();
    }

    @Test
    void a_price_change_replaces_the_price_and_advances_the_price_table_version() {
        var when = prices.given(item(1, listed), item(2, new CatalogIntegrationEvent.ItemActivated(MUG)))
                .when(item(3, price("9.99")))
                .thenOutcomes(APPLIED).then(at("9.99"));
        assertThat(when.document().sources()).extracting(SourcePosition::version).containsExactly(3L);
    }

    @Test
    void details_activation_and_deactivation_keep_the_price() {
        prices.given(item(1, listed)).when(
                        item(2, new CatalogIntegrationEvent.ItemDetailsChanged(MUG, "Big mug", "", null)),
                        item(3, new CatalogIntegrationEvent.ItemActivated(MUG)),
                        item(4, new CatalogIntegrationEvent.ItemDeactivated(MUG)))
                .thenOutcomes(APPLIED, APPLIED, APPLIED).then(at("12.50"));
    }

    @Test
    void a_duplicate_event_changes_nothing() {
        prices.given(item(1, listed), item(2, price("9.99"))).when(item(2, price("9.99")), item(1, listed))
                .thenOutcomes(DUPLICATE, DUPLICATE).then(at("9.99"));
    }

    @Test
    void an_older_event_arriving_late_changes_nothing() {
        prices.given(item(1, listed), item(3, price("7.00"))).when(item(2, price("9.99")))
                .thenOutcomes(DUPLICATE).then(at("7.00"));
        prices.given().when(item(2, price("9.99")), item(1, listed))
                .thenOutcomes(APPLIED, DUPLICATE).then(at("9.99"));
    }

    @Test
    void an_event_of_another_kind_is_not_taken() {
        prices.given().when(prices.from(CatalogMessages.ITEM_STREAM, MUG.toString(), 1, "not a catalog event"))
                .thenOutcomes(IGNORED);
    }
}
