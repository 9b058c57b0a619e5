package dev.eventualshop.catalog.command.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventualshop.catalog.internal.CatalogEvent;
import dev.eventualshop.catalog.v1.CatalogIntegrationEvent;
import dev.eventualshop.contracts.Money;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CatalogIntegrationEventsTest {

    static final UUID ITEM = UUID.randomUUID();
    static final Money PRICE = Money.of("3.50", "EUR");

    final CatalogIntegrationEvents mapper = new CatalogIntegrationEvents();

    @Test
    void every_change_of_an_item_is_published_and_a_new_item_is_listed_inactive() {
        assertThat(mapper.map(new CatalogEvent.ItemCreated(ITEM, "tea-1", "Tea", "Green", PRICE, "/tea.png")))
                .containsExactly(new CatalogIntegrationEvent.ItemListed(ITEM, "tea-1", "Tea", "Green", PRICE,
                        "/tea.png", false));
        assertThat(mapper.map(new CatalogEvent.ItemDetailsChanged(ITEM, "Tea", null, null)))
                .containsExactly(new CatalogIntegrationEvent.ItemDetailsChanged(ITEM, "Tea", null, null));
        assertThat(mapper.map(new CatalogEvent.ItemPriceChanged(ITEM, PRICE)))
                .containsExactly(new CatalogIntegrationEvent.ItemPriceChanged(ITEM, PRICE));
        assertThat(mapper.map(new CatalogEvent.ItemActivated(ITEM)))
                .containsExactly(new CatalogIntegrationEvent.ItemActivated(ITEM));
        assertThat(mapper.map(new CatalogEvent.ItemDeactivated(ITEM)))
                .containsExactly(new CatalogIntegrationEvent.ItemDeactivated(ITEM));
    }

    @Test
    void other_messages_map_to_nothing() {
        assertThat(mapper.map("not a catalog event")).isEmpty();
    }
}
