package dev.eventualshop.catalog.query.domain;

import static dev.eventualshop.projection.ProjectionRunner.Outcome.APPLIED;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.DUPLICATE;
import static dev.eventualshop.projection.ProjectionRunner.Outcome.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.catalog.internal.CatalogEvent;
import dev.eventualshop.catalog.query.domain.CatalogItemView.Price;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.projection.test.ProjectionSpec;
import dev.eventualshop.warehouse.WarehouseMessages;
import dev.eventualshop.warehouse.v1.WarehouseIntegrationEvent.StockChanged;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CatalogItemsProjectionTest {

    static final UUID MUG = UUID.fromString("5b0e7c1a-3d2f-4e6a-9b8c-7d6e5f4a3b2c");

    static final CatalogEvent.ItemCreated CREATED = new CatalogEvent.ItemCreated(MUG, "mug-01", "Mug",
            "A blue mug", new Money(new BigDecimal("9.5"), "EUR"), "https://img.example/mug.png");
    static final CatalogEvent.ItemActivated ACTIVATED = new CatalogEvent.ItemActivated(MUG);
    static final CatalogEvent.ItemDeactivated DEACTIVATED = new CatalogEvent.ItemDeactivated(MUG);
    static final CatalogEvent.ItemPriceChanged REPRICED = new CatalogEvent.ItemPriceChanged(MUG,
            new Money(new BigDecimal("12"), "EUR"));
    static final CatalogEvent.ItemDetailsChanged RENAMED = new CatalogEvent.ItemDetailsChanged(MUG, "Big mug",
            "A big blue mug", "https://img.example/big-mug.png");

    final ProjectionSpec<CatalogItemView> items = ProjectionSpec.of(new CatalogItemsProjection())
            .onStream(MUG.toString());

    static CatalogItemView mug(String price, boolean active, long available) {
        return new CatalogItemView(MUG, "mug-01", "Mug", "A blue mug", new Price(price, "EUR"),
                "https://img.example/mug.png", active, available, true);
    }

    Object stock(long version, long available) {
        return items.from(WarehouseMessages.STOCK_STREAM, MUG.toString(), version,
                new StockChanged(MUG, available + 2, 2, available));
    }

    @Test
    void a_created_item_is_inactive_with_nothing_available_and_its_price_as_two_decimals() {
        items.given().when(CREATED).then(mug("9.50", false, 0)).thenVersion(1).thenOwners().thenAnnounced(1L);
    }

    @Test
    void an_activated_item_is_active_and_a_deactivated_one_inactive_again() {
        items.given(CREATED).when(ACTIVATED).then(mug("9.50", true, 0)).thenVersion(2);
        items.given(CREATED, ACTIVATED).when(DEACTIVATED).then(mug("9.50", false, 0)).thenVersion(3);
    }

    @Test
    void a_new_price_and_new_details_replace_the_old_ones() {
        items.given(CREATED, ACTIVATED).when(REPRICED, RENAMED).then(new CatalogItemView(MUG, "mug-01", "Big mug",
                "A big blue mug", new Price("12.00", "EUR"), "https://img.example/big-mug.png", true, 0, true))
                .thenVersion(4);
    }

    @Test
    void availability_follows_the_stock_and_leaves_the_items_version_alone() {
        items.given(CREATED, ACTIVATED).when(stock(1, 5), stock(2, 3)).then(mug("9.50", true, 3)).thenVersion(2);
    }

    @Test
    void a_stock_change_older_than_the_one_applied_is_dropped() {
        items.given(CREATED, stock(3, 7)).when(stock(2, 1), stock(3, 7)).thenOutcomes(DUPLICATE, DUPLICATE)
                .then(mug("9.50", false, 7));
    }

    @Test
    void stock_reported_before_the_item_exists_is_kept_for_it_and_shown_to_nobody() {
        items.given().when(stock(4, 6)).thenOutcomes(APPLIED)
                .then(new CatalogItemView(MUG, null, null, null, null, null, false, 6, false)).thenVersion(0);
        items.given(stock(4, 6)).when(CREATED, ACTIVATED).then(mug("9.50", true, 6)).thenVersion(2);
    }

    @Test
    void duplicates_change_nothing() {
        items.given(CREATED, ACTIVATED, REPRICED)
                .when(items.at(1, CREATED), items.at(3, REPRICED), items.at(2, ACTIVATED))
                .thenOutcomes(DUPLICATE, DUPLICATE, DUPLICATE).thenVersion(3);
    }

    @Test
    void out_of_order_events_end_as_in_order() {
        items.given()
                .when(items.at(3, DEACTIVATED), items.at(2, ACTIVATED), items.at(1, CREATED))
                .thenOutcomes(WAITING, WAITING, APPLIED)
                .then(mug("9.50", false, 0)).thenVersion(3).thenWaiting();
    }

    @Test
    void an_event_before_the_creation_waits_and_shows_nothing() {
        items.given().when(items.at(2, ACTIVATED)).thenOutcomes(WAITING).thenWaiting(2L).thenNoView();
    }

    @Test
    void another_contexts_event_leaves_the_view_as_it_is() {
        CatalogItemView mug = mug("9.50", true, 0);
        assertThat(new CatalogItemsProjection().evolve(mug, "not an event")).isSameAs(mug);
        assertThat(new CatalogItemsProjection().idOf("not an event")).isNull();
    }
}
