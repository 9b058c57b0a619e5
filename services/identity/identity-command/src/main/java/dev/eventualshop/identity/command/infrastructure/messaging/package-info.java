/** What other contexts learn of Identity: the mapping of its domain events to identity.v1. */
package dev.eventualshop.identity.command.infrastructure.messaging;
