/** Server-sent events: a signed-in user's command outcomes and read-model updates. */
package dev.eventualshop.gateway.events;
