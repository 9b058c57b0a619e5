/** The user account as a decider: registration, email confirmation and password changes, in plain Java. */
package dev.eventualshop.identity.command.domain;
