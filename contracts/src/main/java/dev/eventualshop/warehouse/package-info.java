/** The Warehouse context's message registry: command, domain and integration event type names, its stream type. */
package dev.eventualshop.warehouse;
