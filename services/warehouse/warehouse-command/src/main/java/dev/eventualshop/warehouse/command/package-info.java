/** Warehouse's command service: each product's stock, received, adjusted and reserved for orders. */
package dev.eventualshop.warehouse.command;
