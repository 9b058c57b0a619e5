package dev.eventualshop.warehouse;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.warehouse.v1.WarehouseIntegrationEvent;

/**
 * Warehouse's message type names. A product's stock is the stream {@link #STOCK_STREAM}{@code /<productId>}, so a
 * reservation of several products is one multi-stream append. Commands go to {@code warehouse.commands} with
 * their type name as routing key.
 */
public final class WarehouseMessages {

    public static final String CONTEXT = "warehouse";
    public static final String STOCK_STREAM = "warehouse.Stock";

    private WarehouseMessages() {
    }

    /** Warehouse's integration events, for every context. */
    public static MessageTypes integrationEvents() {
        return MessageTypes.builder()
                .register("warehouse.v1.StockChanged", WarehouseIntegrationEvent.StockChanged.class)
                .build();
    }
}
