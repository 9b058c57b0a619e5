package dev.eventualshop.shoppingcart.command.application;

/** The shop's customers as Shopping Cart knows them, kept current from Identity's integration events. */
public interface Customers {

    /** Whether the customer (a user id) has confirmed their email address. */
    boolean emailConfirmed(String customerId);
}
