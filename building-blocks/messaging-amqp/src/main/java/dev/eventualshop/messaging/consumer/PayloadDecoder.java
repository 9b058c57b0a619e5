package dev.eventualshop.messaging.consumer;

/** Turns a message body of a type and revision into its record; throws for what it cannot read. */
@FunctionalInterface
public interface PayloadDecoder {

    Object decode(String type, int revision, String json);
}
