/** Spring Boot auto-configuration of the event store and the command pipeline for a command service. */
package dev.eventualshop.eventstore.config;
