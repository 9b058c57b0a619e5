/** {@code GET /api/v1/admin/payments} and its security. */
package dev.eventualshop.payment.query.infrastructure.web;
