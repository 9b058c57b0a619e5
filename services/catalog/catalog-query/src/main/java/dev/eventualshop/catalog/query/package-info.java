/** Catalog's query service: the items read model and the public {@code GET /api/v1/catalog/items}. */
package dev.eventualshop.catalog.query;
