/** Payment's query service: the payments read model and an ADMIN's GET /api/v1/admin/payments. */
package dev.eventualshop.payment.query;
