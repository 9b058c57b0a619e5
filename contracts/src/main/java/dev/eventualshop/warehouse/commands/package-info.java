/** The Warehouse context's commands, as the gateway and the order saga publish them to {@code warehouse.commands}. */
package dev.eventualshop.warehouse.commands;
