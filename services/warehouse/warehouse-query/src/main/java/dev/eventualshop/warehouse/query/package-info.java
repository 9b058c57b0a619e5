/** Warehouse's query service: the stock read model and {@code GET /api/v1/warehouse/stock}. */
package dev.eventualshop.warehouse.query;
