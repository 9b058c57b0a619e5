/** Catalog's integration events: the public contract other contexts consume from {@code catalog.events}. */
package dev.eventualshop.catalog.v1;
