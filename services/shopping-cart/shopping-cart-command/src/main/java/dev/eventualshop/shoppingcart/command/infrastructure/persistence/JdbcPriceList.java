package dev.eventualshop.shoppingcart.command.infrastructure.persistence;

import dev.eventualshop.catalog.v1.CatalogIntegrationEvent;
import dev.eventualshop.contracts.Money;
import dev.eventualshop.shoppingcart.command.application.PriceList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link PriceList} on the service's {@code price_list} table, kept from Catalog's integration events by the
 * item's stream version. An event is applied only if it is the next version of its item: a duplicate or an older
 * one changes nothing, and one past a gap fails (it is retried, then parked, until the missing one arrives).
 * Every write is conditional on the version read, so a row never goes back.
 */
public final class JdbcPriceList implements PriceList {

    private final JdbcTemplate jdbc;

    public JdbcPriceList(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Entry> find(UUID productId) {
        List<Entry> entries = jdbc.query(
                "select product_id, sku, name, amount, currency, active from price_list where product_id = ?",
                (row, index) -> new Entry(row.getObject("product_id", UUID.class), row.getString("sku"),
                        row.getString("name"), new Money(row.getBigDecimal("amount"), row.getString("currency")),
                        row.getBoolean("active")),
                productId);
        return entries.stream().findFirst();
    }

    /** Applies {@code event}, at {@code version} of its item's stream; whether it changed the row. */
    public boolean apply(CatalogIntegrationEvent event, long version) {
        UUID product = event.productId();
        OptionalLong stored = version(product);
        if (event instanceof CatalogIntegrationEvent.ItemListed listed) {
            return stored.isEmpty() && insert(listed, version);
        }
        if (stored.isPresent() && version <= stored.getAsLong()) {
            return false;
        }
        if (stored.isEmpty() || version != stored.getAsLong() + 1) {
            throw new IllegalStateException("catalog item " + product + " is at version "
                    + (stored.isEmpty() ? "none" : stored.getAsLong()) + ", so version " + version + " must wait");
        }
        long expected = stored.getAsLong();
        int updated = switch (event) {
            case CatalogIntegrationEvent.ItemListed listed -> 0;
            case CatalogIntegrationEvent.ItemDetailsChanged changed -> update("name = ?", product, expected, version,
                    changed.name());
            case CatalogIntegrationEvent.ItemPriceChanged changed -> update("amount = ?, currency = ?", product,
                    expected, version, changed.price().amount(), changed.price().currency());
            case CatalogIntegrationEvent.ItemActivated activated -> update("active = ?", product, expected, version,
                    true);
            case CatalogIntegrationEvent.ItemDeactivated deactivated -> update("active = ?", product, expected,
                    version, false);
        };
        return updated == 1;
    }

    private boolean insert(CatalogIntegrationEvent.ItemListed listed, long version) {
        return jdbc.update("""
                        insert into price_list (product_id, sku, name, amount, currency, active, version)
                        values (?, ?, ?, ?, ?, ?, ?)""", listed.productId(), listed.sku(), listed.name(),
                listed.price().amount(), listed.price().currency(), listed.active(), version) == 1;
    }

    private int update(String set, UUID product, long expected, long version, Object... values) {
        Object[] arguments = new Object[values.length + 3];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = version;
        arguments[values.length + 1] = product;
        arguments[values.length + 2] = expected;
        return jdbc.update("update price_list set " + set + ", version = ? where product_id = ? and version = ?",
                arguments);
    }

    private OptionalLong version(UUID product) {
        List<Long> versions = jdbc.queryForList("select version from price_list where product_id = ?", Long.class,
                product);
        return versions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(versions.getFirst());
    }
}
