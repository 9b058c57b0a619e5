/** The outbox relay: publishes committed commands' events and outcomes, with confirms, exactly in order. */
package dev.eventualshop.messaging.relay;
