/**
 * The command pipeline: dedupe, load, fold, decide, then append events, claims, deadlines, inline state and
 * the command's outcome in one transaction. A context plugs in an {@link dev.eventualshop.eventstore.pipeline.Aggregate}.
 */
package dev.eventualshop.eventstore.pipeline;
