/** Warehouse's integration events: the public contract other contexts consume from {@code warehouse.events}. */
package dev.eventualshop.warehouse.v1;
