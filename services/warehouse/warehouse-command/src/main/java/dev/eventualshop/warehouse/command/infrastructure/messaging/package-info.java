/** Warehouse's public events: every change of a product's stock as {@code warehouse.v1.StockChanged}. */
package dev.eventualshop.warehouse.command.infrastructure.messaging;
