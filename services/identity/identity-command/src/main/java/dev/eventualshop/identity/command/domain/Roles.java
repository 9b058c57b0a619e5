package dev.eventualshop.identity.command.domain;

import java.util.List;

/** The roles an account holds: every registered person is a customer; the shop's operators are admins too. */
public final class Roles {

    public static final String CUSTOMER = "CUSTOMER";
    public static final String ADMIN = "ADMIN";

    /** What a person who registers on their own gets. */
    public static final List<String> SHOPPER = List.of(CUSTOMER);
    /** What the seeded operator gets. */
    public static final List<String> OPERATOR = List.of(CUSTOMER, ADMIN);

    private Roles() {
    }
}
