/** API.md's stock commands for an ADMIN, published to {@code warehouse.commands}. */
package dev.eventualshop.gateway.warehouse;
