package dev.eventualshop.alpha.internal;

/** A domain event of the fixture context alpha, internal to it. */
public sealed interface AlphaEvent {

    record Started(String by) implements AlphaEvent {}
}
