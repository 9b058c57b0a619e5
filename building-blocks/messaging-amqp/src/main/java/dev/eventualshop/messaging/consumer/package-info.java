/** Consumers: quick retries, then parking per stream; dead letters for what cannot be read; backing off in outages. */
package dev.eventualshop.messaging.consumer;
