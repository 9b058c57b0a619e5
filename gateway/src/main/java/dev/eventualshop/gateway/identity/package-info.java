/** Identity's commands, which carry secrets: forwarded over internal HTTP, never through the broker. */
package dev.eventualshop.gateway.identity;
