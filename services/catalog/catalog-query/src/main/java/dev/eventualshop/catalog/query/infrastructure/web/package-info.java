/** {@code GET /api/v1/catalog/items} and its security: public reads, inactive items for admins only. */
package dev.eventualshop.catalog.query.infrastructure.web;
