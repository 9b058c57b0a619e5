/** The notifications read model: one view per notification, folded from the notification's domain events. */
package dev.eventualshop.communication.query.domain;
