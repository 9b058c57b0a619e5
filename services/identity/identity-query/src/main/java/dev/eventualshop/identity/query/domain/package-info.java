/** The users read model: one view per user, folded from the user's domain events. */
package dev.eventualshop.identity.query.domain;
