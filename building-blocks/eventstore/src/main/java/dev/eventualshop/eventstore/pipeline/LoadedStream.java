package dev.eventualshop.eventstore.pipeline;

/** A stream's state folded to {@code version} (0 for a stream with no events). */
public record LoadedStream<S>(S state, long version) {
}
