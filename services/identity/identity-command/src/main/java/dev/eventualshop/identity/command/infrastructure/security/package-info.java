/** The Authorization Server: clients, signing keys, token contents, form login and its rate limit. */
package dev.eventualshop.identity.command.infrastructure.security;
