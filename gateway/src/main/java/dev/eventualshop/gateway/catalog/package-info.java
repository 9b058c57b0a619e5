/** API.md's catalog commands for an ADMIN, published to {@code catalog.commands}. */
package dev.eventualshop.gateway.catalog;
