/** Queries: functional gateway routes to the query services, with the caller's token. */
package dev.eventualshop.gateway.query;
