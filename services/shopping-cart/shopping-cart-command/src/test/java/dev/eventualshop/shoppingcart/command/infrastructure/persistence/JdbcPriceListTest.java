package dev.eventualshop.shoppingcart.command.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventualshop.catalog.v1.CatalogIntegrationEvent;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.shoppingcart.command.application.PriceList;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The price list follows each catalog item by its stream version: the next event only, never backwards. */
class JdbcPriceListTest {

    static final UUID MUG = UUID.randomUUID();
    static final Money PRICE = Money.of("19.99", "EUR");
    static final CatalogIntegrationEvent.ItemListed LISTED = new CatalogIntegrationEvent.ItemListed(MUG, "mug-01",
            "Mug", "A mug", PRICE, null, false);

    final JdbcPriceList prices = new JdbcPriceList(new JdbcTemplate(migratedDatabase()));

    private static JdbcDataSource migratedDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:price-list-" + UUID.randomUUID() + ";MODE=MSSQLServer;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/shopping-cart-command/h2")
                .load().migrate();
        return dataSource;
    }

    @Test
    void a_listed_item_is_inserted_and_each_next_version_applied() {
        assertThat(prices.apply(LISTED, 1)).isTrue();
        assertThat(prices.find(MUG)).contains(new PriceList.Entry(MUG, "mug-01", "Mug", PRICE, false));

        assertThat(prices.apply(new CatalogIntegrationEvent.ItemActivated(MUG), 2)).isTrue();
        assertThat(prices.apply(new CatalogIntegrationEvent.ItemPriceChanged(MUG, Money.of("24.50", "EUR")), 3))
                .isTrue();
        assertThat(prices.apply(new CatalogIntegrationEvent.ItemDetailsChanged(MUG, "Big mug", null, null), 4))
                .isTrue();

        assertThat(prices.find(MUG)).contains(new PriceList.Entry(MUG, "mug-01", "Big mug",
                Money.of("24.50", "EUR"), true));
        assertThat(prices.apply(new CatalogIntegrationEvent.ItemDeactivated(MUG), 5)).isTrue();
        assertThat(prices.find(MUG).orElseThrow().active()).isFalse();
    }

    @Test
    void a_duplicate_or_older_event_changes_nothing() {
        prices.apply(LISTED, 1);
        prices.apply(new CatalogIntegrationEvent.ItemActivated(MUG), 2);
        prices.apply(new CatalogIntegrationEvent.ItemPriceChanged(MUG, Money.of("24.50", "EUR")), 3);
        PriceList.Entry before = prices.find(MUG).orElseThrow();

        assertThat(prices.apply(new CatalogIntegrationEvent.ItemPriceChanged(MUG, Money.of("24.50", "EUR")), 3))
                .isFalse();
        assertThat(prices.apply(new CatalogIntegrationEvent.ItemDeactivated(MUG), 2)).isFalse();
        assertThat(prices.apply(new CatalogIntegrationEvent.ItemPriceChanged(MUG, Money.of("1.00", "EUR")), 1))
                .isFalse();
        assertThat(prices.apply(new CatalogIntegrationEvent.ItemListed(MUG, "other", "Other", null,
                Money.of("2.00", "EUR"), null, true), 1)).isFalse();

        assertThat(prices.find(MUG)).contains(before);
    }

    @Test
    void an_event_past_a_gap_waits_for_the_missing_one() {
        prices.apply(LISTED, 1);

        assertThatThrownBy(() -> prices.apply(new CatalogIntegrationEvent.ItemActivated(MUG), 3))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("must wait");
        UUID unlisted = UUID.randomUUID();
        assertThatThrownBy(() -> prices.apply(new CatalogIntegrationEvent.ItemActivated(unlisted), 2))
                .isInstanceOf(IllegalStateException.class);

        assertThat(prices.find(MUG).orElseThrow().active()).isFalse();
        assertThat(prices.find(unlisted)).isEmpty();
    }
}
