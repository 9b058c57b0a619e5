package dev.eventualshop.eventstore;

/**
 * An event as stored: its stream, its version within the stream (1..n, no gaps) and its payload in the
 * current revision of its type.
 */
public record RecordedEvent<E>(StreamRef stream, long version, E payload) {
}
