/** Spring Boot auto-configuration of a query service's projections, parking lot and MongoDB health. */
package dev.eventualshop.projection.config;
