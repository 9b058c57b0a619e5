/** Snapshots: a cache of folded state per stream, trusted only when its state revision matches the code's. */
package dev.eventualshop.eventstore.snapshot;
