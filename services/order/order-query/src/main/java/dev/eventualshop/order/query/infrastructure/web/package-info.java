/** {@code GET /api/v1/orders}, {@code /api/v1/orders/{orderId}}, {@code /api/v1/admin/orders} and their security. */
package dev.eventualshop.order.query.infrastructure.web;
