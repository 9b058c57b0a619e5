package dev.eventualshop.warehouse.query;

import dev.eventualshop.embedded.EmbeddedInfrastructure;
import java.util.Map;

/** The embedded broker and MongoDB stand-in on free ports, started on first use and shared by the suites. */
final class EmbeddedServices {

    private static EmbeddedInfrastructure infrastructure;

    private EmbeddedServices() {
    }

    static synchronized EmbeddedInfrastructure infrastructure() {
        if (infrastructure == null) {
            infrastructure = EmbeddedInfrastructure.startEphemeral("warehouse-query-it");
        }
        return infrastructure;
    }

    /** The broker and warehouse-query's own database on the MongoDB stand-in, as Spring properties. */
    static Map<String, Object> properties() {
        return infrastructure().serviceProperties(WarehouseQueryApplication.NAME);
    }
}
