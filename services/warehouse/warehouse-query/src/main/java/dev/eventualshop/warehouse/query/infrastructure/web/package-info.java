/** {@code GET /api/v1/warehouse/stock}, for ADMINs, and the bearer-token security around it. */
package dev.eventualshop.warehouse.query.infrastructure.web;
