/** Projections: read models folded from events, each event applied once in effect and never out of order. */
package dev.eventualshop.projection;
