/** Catalog's wiring: the aggregate, its SKU claim, its message types and its integration events. */
package dev.eventualshop.catalog.command.infrastructure;
