/** The Item decider: pure decisions over a catalog item's own events. */
package dev.eventualshop.catalog.command.domain;
