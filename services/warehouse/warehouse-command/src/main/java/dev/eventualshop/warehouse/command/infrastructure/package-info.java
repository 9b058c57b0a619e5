/** Warehouse's wiring: the stock aggregate and its routing, its message types, the reaction to Catalog's listings. */
package dev.eventualshop.warehouse.command.infrastructure;
