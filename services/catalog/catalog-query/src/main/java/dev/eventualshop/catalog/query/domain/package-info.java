/** The items read model: one view per catalog item, folded from its domain events and its stock. */
package dev.eventualshop.catalog.query.domain;
