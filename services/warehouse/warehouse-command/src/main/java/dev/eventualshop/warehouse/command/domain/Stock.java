package dev.eventualshop.warehouse.command.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A product's stock: none yet (the product was never listed), or open with its counts and reservations. */
public sealed interface Stock {

    /** No stock on this stream: Catalog's listing of the product has not reached Warehouse. */
    record None() implements Stock {
    }

    /**
     * @param onHand       units in the warehouse, reserved ones included
     * @param reservations the open reservations, by id, with the units each holds
     * @param closed       the reservations this stock committed or released: seen, never reopened
     * @param committed    the committed reservations whose units may still come back (their order cancelled), by
     *                     id, with the units each took
     */
    record Open(UUID productId, String sku, long onHand, Map<UUID, Integer> reservations, Set<UUID> closed,
                Map<UUID, Integer> committed) implements Stock {

        public Open {
            Objects.requireNonNull(productId, "productId");
            reservations = Map.copyOf(reservations);
            closed = Set.copyOf(closed);
            committed = committed == null ? Map.of() : Map.copyOf(committed);
        }

        static Open opened(UUID productId, String sku) {
            return new Open(productId, sku, 0, Map.of(), Set.of(), Map.of());
        }

        /** Units held by open reservations: always their sum. */
        public long reserved() {
            return reservations.values().stream().mapToLong(Integer::longValue).sum();
        }

        /** Units that can still be reserved. */
        public long available() {
            return onHand - reserved();
        }

        /** Whether this stock has held (or still holds) the reservation. */
        public boolean hasSeen(UUID reservationId) {
            return reservations.containsKey(reservationId) || closed.contains(reservationId);
        }

        Open withOnHand(long changed) {
            return new Open(productId, sku, changed, reservations, closed, committed);
        }

        Open holding(UUID reservationId, int quantity) {
            Map<UUID, Integer> changed = new HashMap<>(reservations);
            changed.put(reservationId, quantity);
            return new Open(productId, sku, onHand, changed, closed, committed);
        }

        /** The reservation is released: its units are available again. */
        Open closing(UUID reservationId, long onHandAfter) {
            Map<UUID, Integer> open = new HashMap<>(reservations);
            open.remove(reservationId);
            Set<UUID> seen = new HashSet<>(closed);
            seen.add(reservationId);
            return new Open(productId, sku, onHandAfter, open, seen, committed);
        }

        /** The reservation's units left the warehouse; they come back if its order is cancelled. */
        Open committing(UUID reservationId, int quantity, long onHandAfter) {
            Map<UUID, Integer> taken = new HashMap<>(committed);
            taken.put(reservationId, quantity);
            return closing(reservationId, onHandAfter).withCommitted(taken);
        }

        /** A committed reservation's units are back on hand. */
        Open returning(UUID reservationId, long onHandAfter) {
            Map<UUID, Integer> taken = new HashMap<>(committed);
            taken.remove(reservationId);
            return new Open(productId, sku, onHandAfter, reservations, closed, taken);
        }

        private Open withCommitted(Map<UUID, Integer> changed) {
            return new Open(productId, sku, onHand, reservations, closed, changed);
        }
    }
}
