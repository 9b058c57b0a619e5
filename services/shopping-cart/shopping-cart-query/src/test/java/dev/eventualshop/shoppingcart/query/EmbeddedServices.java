package dev.eventualshop.shoppingcart.query;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import java.util.Map;

/** The embedded broker and MongoDB stand-in on free ports, started on first use and shared by the suites. */
final class EmbeddedServices {

    private static EmbeddedInfrastructure infrastructure;

    private EmbeddedServices() {
    }

    static synchronized EmbeddedInfrastructure infrastructure() {
        if (infrastructure == null) {
            infrastructure = EmbeddedInfrastructure.startEphemeral("shopping-cart-query-it");
        }
        return infrastructure;
    }

    /** The broker and shopping-cart-query's own database on the MongoDB stand-in, as Spring properties. */
    static Map<String, Object> properties() {
        return infrastructure().serviceProperties(ShoppingCartQueryApplication.NAME);
    }
}
