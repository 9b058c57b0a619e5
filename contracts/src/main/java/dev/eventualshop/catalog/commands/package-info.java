/** The Catalog context's commands, as the gateway publishes them to {@code catalog.commands}. */
package dev.eventualshop.catalog.commands;
