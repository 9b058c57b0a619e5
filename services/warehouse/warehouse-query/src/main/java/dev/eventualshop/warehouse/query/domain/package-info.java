/** The stock read model: one view per product's stock, folded from the stock's domain events. */
package dev.eventualshop.warehouse.query.domain;
