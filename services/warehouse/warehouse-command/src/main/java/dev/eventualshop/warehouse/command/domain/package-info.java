/** The Stock decider: pure decisions over a product's own stock events. */
package dev.eventualshop.warehouse.command.domain;
