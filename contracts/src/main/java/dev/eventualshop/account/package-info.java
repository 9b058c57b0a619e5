/** The Account context's message registry: command and domain event type names, and its stream type. */
package dev.eventualshop.account;
