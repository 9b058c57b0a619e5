package dev.eventualshop.catalog.query;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import java.util.Map;

/** The embedded broker and MongoDB stand-in on free ports, started on first use and shared by the suites. */
final class EmbeddedServices {

    private static EmbeddedInfrastructure infrastructure;

    private EmbeddedServices() {
    }

    static synchronized EmbeddedInfrastructure infrastructure() {
        if (infrastructure == null) {
            infrastructure = EmbeddedInfrastructure.startEphemeral("catalog-query-it");
        }
        return infrastructure;
    }

    /** The broker and catalog-query's own database on the MongoDB stand-in, as Spring properties. */
    static Map<String, Object> properties() {
        return infrastructure().serviceProperties(CatalogQueryApplication.NAME);
    }
}
