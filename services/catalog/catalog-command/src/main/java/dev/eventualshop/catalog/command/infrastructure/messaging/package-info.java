/** What Catalog tells other contexts: its domain events mapped to the {@code catalog.v1} contract. */
package dev.eventualshop.catalog.command.infrastructure.messaging;
