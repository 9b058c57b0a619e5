package dev.eventualshop.warehouse;

import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.warehouse.commands.StockCommand;
import dev.eventualshop.warehouse.internal.StockEvent;
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

    /**
     * Warehouse's commands: the gateway (receipts, adjustments) and the order saga (reservations) publish all but
     * the internal {@code warehouse.OpenStock}, which Warehouse sends itself.
     */
    public static MessageTypes commands() {
        return MessageTypes.builder()
                .register("warehouse.OpenStock", StockCommand.OpenStock.class)
                .register("warehouse.ReceiveStock", StockCommand.ReceiveStock.class)
                .register("warehouse.AdjustStock", StockCommand.AdjustStock.class)
                .register("warehouse.ReserveStock", StockCommand.ReserveStock.class)
                .register("warehouse.CommitReservation", StockCommand.CommitReservation.class)
                .register("warehouse.ReleaseReservation", StockCommand.ReleaseReservation.class)
                .build();
    }

    /** Warehouse's domain events, for warehouse-command and warehouse-query only. */
    public static MessageTypes domainEvents() {
        return MessageTypes.builder()
                .register("warehouse.StockOpened", StockEvent.StockOpened.class)
                .register("warehouse.StockReceived", StockEvent.StockReceived.class)
                .register("warehouse.StockAdjusted", StockEvent.StockAdjusted.class)
                .register("warehouse.StockReserved", StockEvent.StockReserved.class)
                .register("warehouse.ReservationCommitted", StockEvent.ReservationCommitted.class)
                .register("warehouse.ReservationReleased", StockEvent.ReservationReleased.class)
                .register("warehouse.ReservationReturned", StockEvent.ReservationReturned.class)
                .build();
    }

    /** Warehouse's integration events, for every context. */
    public static MessageTypes integrationEvents() {
        return MessageTypes.builder()
                .register("warehouse.v1.StockChanged", WarehouseIntegrationEvent.StockChanged.class)
                .build();
    }
}
