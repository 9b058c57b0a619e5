package dev.eventualshop.contracts;

/**
 * A command a context sends only to itself (a reaction's command, a deadline's, the result of an external call
 * coming back). It goes through the context's pipeline like any other, but it is never bound to the context's
 * command queue: nothing outside the context can ask for it.
 */
public interface InternalCommand {
}
