/**
 * The shared kernel of the contracts: message type names and revisions, and the name-based ids several
 * parties must derive alike. Each context's messages live in {@code dev.eventualshop.<context>.commands},
 * {@code .internal} (its own domain events) and {@code .v1} (its public integration events).
 */
package dev.eventualshop.contracts;
