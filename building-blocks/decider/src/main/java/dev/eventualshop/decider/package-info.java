/** The decider: an aggregate as two pure functions, {@code decide} and {@code evolve}, over its own events. */
package dev.eventualshop.decider;
