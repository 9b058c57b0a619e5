package dev.eventualshop.messaging.relay;

import org.springframework.amqp.core.Message;

/** A message ready to publish, with where it goes. */
public record OutboundMessage(String exchange, String routingKey, Message message) {
}
