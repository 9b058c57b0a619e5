/** The example gift-card query side: projections over the context's own and integration events, and its tests. */
package dev.eventualshop.giftcard.query;
