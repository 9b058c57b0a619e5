package dev.eventualshop.eventstore.snapshot;

/** A stream's state folded up to {@code version}. */
public record Snapshot<S>(long version, S state) {
}
