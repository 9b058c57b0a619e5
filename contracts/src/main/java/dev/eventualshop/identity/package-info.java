/** The identity context's contract: type names, domain events (internal) and integration events (v1). */
package dev.eventualshop.identity;
