package dev.eventualshop.shoppingcart.command.infrastructure.persistence;

import dev.eventualshop.identity.v1.IdentityIntegrationEvent;
import dev.eventualshop.shoppingcart.command.application.Customers;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link Customers} on the service's {@code customers} table, kept from Identity's {@code EmailConfirmed}. A
 * confirmation is never taken back, so applying one is an idempotent insert: a duplicate or a late redelivery
 * changes nothing, and the order of events does not matter.
 */
public final class JdbcCustomers implements Customers {

    private final JdbcTemplate jdbc;

    public JdbcCustomers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean emailConfirmed(String customerId) {
        Integer count = jdbc.queryForObject("select count(*) from customers where customer_id = ?", Integer.class,
                customerId);
        return count != null && count > 0;
    }

    /** Records that the user confirmed their email address; whether it was new. */
    public boolean apply(IdentityIntegrationEvent.EmailConfirmed confirmed) {
        try {
            return jdbc.update("insert into customers (customer_id) values (?)", confirmed.userId().toString()) == 1;
        } catch (DuplicateKeyException alreadyConfirmed) {
            return false;
        }
    }
}
