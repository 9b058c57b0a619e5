/** MongoDB adapters: the projection store, the parking lot of query services and a health check that pings. */
package dev.eventualshop.projection.mongo;
