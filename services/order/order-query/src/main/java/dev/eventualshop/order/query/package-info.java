/** Order's query service: the orders read model and {@code GET /api/v1/orders...}, {@code /api/v1/admin/orders}. */
package dev.eventualshop.order.query;
