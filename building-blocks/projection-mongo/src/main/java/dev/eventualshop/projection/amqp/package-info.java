/** The projections' side of the broker: the queues a query service consumes, and the update notifications. */
package dev.eventualshop.projection.amqp;
