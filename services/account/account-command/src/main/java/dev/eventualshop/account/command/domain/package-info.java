/** The Account decider: pure decisions over the account's own events. */
package dev.eventualshop.account.command.domain;
