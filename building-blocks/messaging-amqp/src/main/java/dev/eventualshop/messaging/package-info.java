/** Messaging over AMQP: names, headers and shapes every service publishes and consumes with. */
package dev.eventualshop.messaging;
