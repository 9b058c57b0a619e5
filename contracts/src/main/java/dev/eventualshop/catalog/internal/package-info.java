/** The Catalog context's domain events, read only by its own command and query services. */
package dev.eventualshop.catalog.internal;
