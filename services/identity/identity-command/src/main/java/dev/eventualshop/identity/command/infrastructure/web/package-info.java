/** The internal HTTP API: only the gateway calls it, for the commands that carry a secret. */
package dev.eventualshop.identity.command.infrastructure.web;
