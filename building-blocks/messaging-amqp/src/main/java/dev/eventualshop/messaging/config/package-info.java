/** Spring Boot auto-configuration of the relay and the consumers of a service. */
package dev.eventualshop.messaging.config;
